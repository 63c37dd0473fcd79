// HTTP adapter of the intake console: the queue, a report's details, contact, messages and decisions.
import { z } from "zod";
import { asDownload } from "../../../platform/http/download.js";
import { defineRoute } from "../../../platform/http/route.js";
import { eventsRoute } from "../../../platform/realtime/events-route.js";
import { evidenceDownloadName } from "../public/evidence-file.js";
import { acceptReport } from "./accept-report.js";
import { addReportEvidence, evidenceBodyLimit } from "./add-report-evidence.js";
import * as C from "./contracts.js";
import { createIntakeReport } from "./create-intake-report.js";
import { findPossibleDuplicates } from "./find-possible-duplicates.js";
import { findReportByCode } from "./find-report-by-code.js";
import { getReport } from "./get-report.js";
import { listIntakeQueue } from "./list-intake-queue.js";
import { listContactAttempts, logContactAttempt } from "./log-contact-attempt.js";
import { markDuplicate } from "./mark-duplicate.js";
import { markNotACase } from "./mark-not-a-case.js";
import { listEvidence, readEvidence } from "./report-evidence.js";
import { revealIdentity } from "./reveal-identity.js";
import { listMessages, sendMessage } from "./send-message.js";
import { setRiskLevel } from "./set-risk-level.js";
import { submitForApproval } from "./submit-for-approval.js";
import { updateIntakeReport } from "./update-intake-report.js";
import { withdrawReportEvidence } from "./withdraw-report-evidence.js";

const tag = "intake";
const read = { permission: "report.read" } as const;
const handle = { permission: "report.handle" } as const;
const params = C.ReportIdParams;

export const intakeRoutes = [
  eventsRoute,
  defineRoute({
    method: "GET",
    path: "/reports",
    tag,
    summary: "The intake queue of the user's units: in danger first, then newest",
    access: read,
    query: C.QueueQuery,
    response: C.QueuePage,
    handler: async ({ ctx, actor, query }) => listIntakeQueue(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/lookup",
    tag,
    summary: "The complaint of the user's units with this tracking code or case register number, typed any way (404 if none)",
    access: read,
    query: C.ReportLookupQuery,
    response: C.QueueItem,
    handler: async ({ ctx, actor, query }) => findReportByCode(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "POST",
    path: "/reports",
    tag,
    summary: "Enter a complaint from another channel on the intake form (starts in intake)",
    access: { permission: "intake.create" },
    body: C.IntakeCreateBody,
    response: C.ReportFacts,
    status: 201,
    handler: async ({ ctx, actor, body }) => createIntakeReport(ctx, actor, body),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id",
    tag,
    summary: "A complaint's facts, without identity",
    access: read,
    params,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params }) => getReport(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/identity",
    tag,
    summary: "Reveal a complaint's identity and narrative fields (audited)",
    access: { permission: "report.identity.read" },
    params,
    response: C.ReportIdentity,
    handler: async ({ ctx, actor, params }) => revealIdentity(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/evidence",
    tag,
    summary: "The evidence files of a complaint (from the reporter or an officer), with their names (audited)",
    access: { permission: "report.identity.read" },
    params,
    response: z.array(C.EvidenceItem),
    handler: async ({ ctx, actor, params }) => listEvidence(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/evidence",
    tag,
    summary: "Attach a file to a complaint in intake: JPG, PNG, WEBP or PDF (base64), up to TEDUH_EVIDENCE_MAX_BYTES",
    access: handle,
    params,
    body: C.EvidenceUploadBody,
    bodyLimit: evidenceBodyLimit,
    response: C.EvidenceItem,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => addReportEvidence(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/evidence/:evidenceId",
    tag,
    summary: "Download one evidence file, decrypted (audited, never cached)",
    access: { permission: "report.identity.read" },
    params: C.EvidenceParams,
    handler: async ({ ctx, actor, params, reply }) => {
      const file = await readEvidence(ctx, actor, params.id, params.evidenceId);
      asDownload(reply, file.mimeType, evidenceDownloadName(file.id, file.mimeType));
      return file.content;
    },
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/evidence/:evidenceId/withdraw",
    tag,
    summary:
      "Take back a file an officer attached by mistake (its uploader, or a supervisor), while the complaint is open: erased, audited",
    access: handle,
    params: C.EvidenceParams,
    body: C.EvidenceWithdrawBody,
    response: z.object({ withdrawn: z.literal(true) }),
    handler: async ({ ctx, actor, params, body }) => withdrawReportEvidence(ctx, actor, params.id, params.evidenceId, body),
  }),
  defineRoute({
    method: "PUT",
    path: "/reports/:id/intake",
    tag,
    summary: "Edit a complaint in intake on the intake form (optimistic concurrency by version)",
    access: handle,
    params,
    body: C.IntakeUpdateBody,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params, body }) => updateIntakeReport(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/contact-attempts",
    tag,
    summary: "The log of attempts to reach the reporter or victim",
    access: handle,
    params,
    response: z.array(C.ContactAttempt),
    handler: async ({ ctx, actor, params }) => listContactAttempts(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/contact-attempts",
    tag,
    summary: "Record an attempt to reach the reporter or victim",
    access: handle,
    params,
    body: C.ContactAttemptBody,
    response: C.ContactAttempt,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => logContactAttempt(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/messages",
    tag,
    summary: "The message thread with the reporter",
    access: handle,
    params,
    response: z.array(C.ReportMessage),
    handler: async ({ ctx, actor, params }) => listMessages(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/messages",
    tag,
    summary: "Write to the reporter (read on the public status page)",
    access: handle,
    params,
    body: C.MessageBody,
    response: C.ReportMessage,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => sendMessage(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/reports/:id/possible-duplicates",
    tag,
    summary: "Complaints of the same unit that may be the same matter",
    access: handle,
    params,
    response: z.array(C.DuplicateCandidate),
    handler: async ({ ctx, actor, params }) => findPossibleDuplicates(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/accept",
    tag,
    summary: "Accept a new complaint into intake",
    access: handle,
    params,
    body: C.VersionBody,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params, body }) => acceptReport(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/duplicate",
    tag,
    summary: "Close a complaint as a duplicate of another complaint of the unit",
    access: handle,
    params,
    body: C.DuplicateBody,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params, body }) => markDuplicate(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/not-a-case",
    tag,
    summary: "Close a complaint as not a case (prank, outside criteria, ...)",
    access: handle,
    params,
    body: C.NotACaseBody,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params, body }) => markNotACase(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "PUT",
    path: "/reports/:id/risk",
    tag,
    summary: "Set or change the risk level",
    access: handle,
    params,
    body: C.RiskBody,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params, body }) => setRiskLevel(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/reports/:id/submit",
    tag,
    summary: "Send a complaint whose intake is complete to the supervisor for approval",
    access: handle,
    params,
    body: C.VersionBody,
    response: C.ReportFacts,
    handler: async ({ ctx, actor, params, body }) => submitForApproval(ctx, actor, params.id, body),
  }),
];
