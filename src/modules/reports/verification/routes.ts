// HTTP adapter for staff: verification links (create, list, mark sent, revoke), transports, and outreach visits.
import { z } from "zod";
import { defineRoute } from "../../../platform/http/route.js";
import { configuredKinds } from "../../../platform/messaging/transport.js";
import { cancelOutreach } from "../outreach/cancel-outreach.js";
import { listMyUpcomingVisits, listOutreachTeam, listReportVisits } from "../outreach/list-outreach-visits.js";
import { recordOutreachOutcome } from "../outreach/record-outreach-outcome.js";
import { scheduleOutreach } from "../outreach/schedule-outreach.js";
import { updateOutreach } from "../outreach/update-outreach.js";
import * as C from "./contracts.js";
import { createVerificationLink } from "./create-verification-link.js";
import { listVerificationLinks } from "./list-verification-links.js";
import { markVerificationLinkSent } from "./mark-verification-link-sent.js";
import { revokeVerificationLink } from "./revoke-verification-link.js";

const tag = "verification";
const outreach = "outreach";
const send = { permission: "verification.send" } as const;
const manage = { permission: "outreach.manage" } as const;

export const verificationRoutes = [
  defineRoute({
    method: "GET",
    path: "/verification-transports",
    tag,
    summary: "Which channels have a configured transport (the others are sent from the officer's own phone)",
    access: send,
    response: C.Transports,
    handler: async ({ ctx }) => configuredKinds(ctx.config),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/verification-links",
    tag,
    summary: "Create a verification link and its code; sent through the outbox, or returned with a QR code",
    access: send,
    params: C.ReportIdParams,
    body: C.CreateLinkBody,
    response: C.CreatedLink,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => createVerificationLink(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/verification-links",
    tag,
    summary: "A report's verification links and their state",
    access: send,
    params: C.ReportIdParams,
    response: z.array(C.VerificationLink),
    handler: async ({ ctx, actor, params }) => listVerificationLinks(ctx.database.db, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/verification-links/:id/sent",
    tag,
    summary: "Mark a link sent by the officer's own phone",
    access: send,
    params: C.ReportIdParams,
    response: C.VerificationLink,
    handler: async ({ ctx, actor, params }) => markVerificationLinkSent(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/verification-links/:id/revoke",
    tag,
    summary: "Revoke a link that is not used yet",
    access: send,
    params: C.ReportIdParams,
    response: C.VerificationLink,
    handler: async ({ ctx, actor, params }) => revokeVerificationLink(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/outreach-visits",
    tag: outreach,
    summary: "A report's outreach visits",
    access: manage,
    params: C.ReportIdParams,
    response: z.array(C.OutreachVisit),
    handler: async ({ ctx, actor, params }) => listReportVisits(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/outreach-team",
    tag: outreach,
    summary: "Active staff of the report's unit who may join a visit",
    access: manage,
    params: C.ReportIdParams,
    response: z.array(C.TeamMember),
    handler: async ({ ctx, actor, params }) => listOutreachTeam(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/outreach-visits",
    tag: outreach,
    summary: "Schedule an outreach visit with a team; a time more than 5 minutes past is refused (400)",
    access: manage,
    params: C.ReportIdParams,
    body: C.ScheduleVisitBody,
    response: C.OutreachVisit,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => scheduleOutreach(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "PATCH",
    path: "/outreach-visits/:id",
    tag: outreach,
    summary: "Move a scheduled visit (not into the past) or change its team (optimistic concurrency on version)",
    access: manage,
    params: C.ReportIdParams,
    body: C.UpdateVisitBody,
    response: C.OutreachVisit,
    handler: async ({ ctx, actor, params, body }) => updateOutreach(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/outreach-visits/:id/cancel",
    tag: outreach,
    summary: "Cancel a scheduled visit",
    access: manage,
    params: C.ReportIdParams,
    body: C.VersionBody,
    response: C.OutreachVisit,
    handler: async ({ ctx, actor, params, body }) => cancelOutreach(ctx, actor, params.id, body.version),
  }),
  defineRoute({
    method: "POST",
    path: "/outreach-visits/:id/outcome",
    tag: outreach,
    summary:
      "Record a visit's outcome once its time has come (409 before); needing emergency help raises the report's risk to high",
    access: manage,
    params: C.ReportIdParams,
    body: C.RecordOutcomeBody,
    response: C.OutreachVisit,
    handler: async ({ ctx, actor, params, body }) => recordOutreachOutcome(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/me/outreach-visits",
    tag: outreach,
    summary: "My upcoming outreach visits",
    access: manage,
    response: z.array(C.OutreachVisit),
    handler: async ({ ctx, actor }) => listMyUpcomingVisits(ctx, actor),
  }),
];
