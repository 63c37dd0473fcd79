// HTTP adapter for the audit log: reading it page by page and verifying its hash chain.
import { defineRoute } from "../../platform/http/route.js";
import * as C from "../people/contracts.js";
import { listAuditEvents } from "./list-audit-events.js";
import { verifyAuditLog } from "./verify-audit-log.js";

const tag = "audit";

export const auditRoutes = [
  defineRoute({
    method: "GET",
    path: "/audit",
    tag,
    summary: "Audit events, newest first, filtered and paged by sequence number",
    access: { permission: "audit.read" },
    query: C.AuditQuery,
    response: C.AuditPage,
    handler: async ({ ctx, actor, query }) => listAuditEvents(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "GET",
    path: "/audit/verify",
    tag,
    summary: "Verify the audit log's hash chain (installation administrators)",
    access: { permission: "audit.read" },
    response: C.AuditVerification,
    handler: async ({ ctx, actor }) => verifyAuditLog(ctx.database.db, actor),
  }),
];
