// HTTP adapter of case management: queue, caseloads, board, lists, a case, workflow events, notes, identity, live stream.
import { z } from "zod";
import { asDownload } from "../../platform/http/download.js";
import { defineRoute } from "../../platform/http/route.js";
import { EvidenceItem, EvidenceParams } from "../reports/intake/contracts.js";
import { evidenceDownloadName } from "../reports/public/evidence-file.js";
import { addCaseNote } from "./add-case-note.js";
import { listCaseEvidence, readCaseEvidence } from "./case-evidence.js";
import { caseStreamRoute } from "./case-stream.js";
import * as C from "./contracts.js";
import { getCase } from "./get-case.js";
import { getCaseBoard } from "./get-case-board.js";
import { listApprovalQueue } from "./list-approval-queue.js";
import { listCaseManagers } from "./list-case-managers.js";
import { listCaseNotes } from "./list-case-notes.js";
import { listCases } from "./list-cases.js";
import { revealCaseIdentity } from "./reveal-case-identity.js";
import { sendCaseEvent } from "./send-case-event.js";

const tag = "cases";
const oversee = { permission: "case.oversee" } as const;
const params = C.CaseIdParams;

export const caseRoutes = [
  caseStreamRoute,
  defineRoute({
    method: "GET",
    path: "/cases/approval-queue",
    tag,
    summary: "Complaints of the user's units awaiting approval, with their non-identifying facts",
    access: oversee,
    query: C.UnitFilterQuery,
    response: z.array(C.CaseSummary),
    handler: async ({ ctx, actor, query }) => listApprovalQueue(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/board",
    tag,
    summary: "The units' cases by stage: counts, high-risk marks and the cases in progress",
    access: oversee,
    query: C.UnitFilterQuery,
    response: C.CaseBoard,
    handler: async ({ ctx, actor, query }) => getCaseBoard(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "GET",
    path: "/units/:unitId/case-managers",
    tag,
    summary: "The unit's active case managers with their current caseload",
    access: oversee,
    params: C.UnitIdParams,
    response: z.array(C.CaseManagerLoad),
    handler: async ({ ctx, actor, params }) => listCaseManagers(ctx.database.db, actor, params.unitId),
  }),
  defineRoute({
    method: "GET",
    path: "/cases",
    tag,
    summary: "The cases the user may see (mine=true: the cases they manage), high risk first",
    access: { permission: "case.read" },
    query: C.CaseListQuery,
    response: C.CasePage,
    handler: async ({ ctx, actor, query }) => listCases(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id",
    tag,
    summary: "A case: facts without identity, status, register number, case manager, allowed events, timeline",
    access: { permission: "case.read" },
    params,
    response: C.CaseDetail,
    handler: async ({ ctx, actor, params }) => getCase(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/events",
    tag,
    summary: "Move a case along the workflow (approve, reject, reassign, termination, reopen); optimistic concurrency by version",
    access: { permission: "case.transition" },
    params,
    body: C.CaseEventBody,
    response: C.CaseDetail,
    handler: async ({ ctx, actor, params, body }) => sendCaseEvent(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/notes",
    tag,
    summary: "A case's notes",
    access: { permission: "case.note.read" },
    params,
    response: z.array(C.CaseNote),
    handler: async ({ ctx, actor, params }) => listCaseNotes(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/notes",
    tag,
    summary: "Add a note to a case (sealed at rest)",
    access: { permission: "case.note.write" },
    params,
    body: C.NoteBody,
    response: C.CaseNote,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => addCaseNote(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/identity",
    tag,
    summary: "Reveal the identity of a case's client to those entitled (audited)",
    access: { permission: "case.identity.read" },
    params,
    response: C.CaseIdentity,
    handler: async ({ ctx, actor, params }) => revealCaseIdentity(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/evidence",
    tag,
    summary: "The evidence files attached to the case's complaint, with their names (audited)",
    access: { permission: "case.identity.read" },
    params,
    response: z.array(EvidenceItem),
    handler: async ({ ctx, actor, params }) => listCaseEvidence(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/evidence/:evidenceId",
    tag,
    summary: "Download one evidence file of the case's complaint, decrypted (audited, never cached)",
    access: { permission: "case.identity.read" },
    params: EvidenceParams,
    handler: async ({ ctx, actor, params, reply }) => {
      const file = await readCaseEvidence(ctx, actor, params.id, params.evidenceId);
      asDownload(reply, file.mimeType, evidenceDownloadName(file.id, file.mimeType));
      return file.content;
    },
  }),
];
