// Moves a case along THE transition table: decide(), then one transaction writing the state, the timeline row,
// the live events and the audit event. Every workflow command of the console comes through here.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { Tx } from "../../platform/db/connection.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { publishEvent } from "../../platform/realtime/publish.js";
import { CASE_EVENT_AUDIT_ACTIONS } from "./audit-actions.js";
import { type CaseRow, loadCase, requireVersion, rolesIn, stateOf, touched } from "./case-access.js";
import { caseDetail } from "./case-detail.js";
import { sealCaseText } from "./case-seal.js";
import { checkEventInput } from "./check-event-input.js";
import type { CaseDetailT, CaseEventBody } from "./contracts.js";
import { refusalError } from "./refusals.js";
import { nextRegisterNumber } from "./register-number.js";
import { reviewDueFrom } from "./review-schedule.js";
import { caseEvents, cases } from "./schema.js";
import { type CaseEvent, type CaseState, decide } from "./transitions.js";

type Body = z.output<typeof CaseEventBody>;
type CaseChange = Partial<typeof cases.$inferInsert>;

/** The columns beside the table's state that a move sets: register number, approval, closing, review date. */
async function sideColumns(tx: Tx, row: CaseRow, event: CaseEvent, body: Body, now: Date): Promise<CaseChange> {
  const numbered = async () => row.registerNumber ?? (await nextRegisterNumber(tx, row.unitId, now));
  switch (event) {
    case "approve":
      return { registerNumber: await numbered(), approvedAt: now, nextReviewAt: reviewDueFrom(now, row.riskLevel) };
    case "reopen":
      return {
        registerNumber: await numbered(),
        closedAt: null,
        referralPartnerId: null,
        nextReviewAt: reviewDueFrom(now, row.riskLevel),
      };
    case "reject":
      return { closedAt: now, referralPartnerId: body.referralPartnerId ?? null, nextReviewAt: null };
    case "complete_termination":
      return { closedAt: now, nextReviewAt: null };
    default:
      return {};
  }
}

/** Ids and codes of the move for the timeline and the audit log; free text goes sealed into the timeline only. */
function moveDetails(row: CaseRow, next: CaseState, event: CaseEvent, body: Body, change: CaseChange) {
  const details: Record<string, string> = {};
  if (next.caseManagerId !== row.caseManagerId && next.caseManagerId) details.caseManagerId = next.caseManagerId;
  if (event === "reassign_case_manager" && row.caseManagerId) details.previousCaseManagerId = row.caseManagerId;
  if ((event === "reject" || event === "request_termination") && body.reason) details.reason = body.reason;
  if (change.referralPartnerId) details.referralPartnerId = change.referralPartnerId;
  if (change.registerNumber && change.registerNumber !== row.registerNumber) details.registerNumber = change.registerNumber;
  return details;
}

/** The move inside the caller's transaction (the demo seeder and later commands that include a move use this). */
export async function applyCaseEvent(tx: Tx, ctx: AppContext, actor: Actor, id: string, body: Body): Promise<CaseDetailT> {
  const row = await loadCase(tx, actor, "case.transition", id, true);
  requireVersion(row, body.version);
  const outcome = decide(stateOf(row), body.event, body, { userId: actor.userId, roles: rolesIn(actor, row.unitId) });
  if (!outcome.ok) throw refusalError(outcome.refusal, actor.lang);
  await checkEventInput(tx, row, body.event, body);
  const now = new Date();
  const next = outcome.state;
  const change: CaseChange = {
    status: next.status,
    caseManagerId: next.caseManagerId,
    terminationRequestedBy: next.terminationRequestedBy,
    terminationReason: next.terminationReason,
    closeReason: next.closeReason,
    ...(body.event === "approve" ? { approvedBy: actor.userId } : {}),
    ...(await sideColumns(tx, row, body.event, body, now)),
  };
  const [updated] = await tx
    .update(cases)
    .set({ ...change, ...touched() })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .returning();
  if (!updated) throw new AppError(409, "case.stale");
  const details = moveDetails(row, next, body.event, body, change);
  const freeText = [body.event === "reopen" ? body.reason : undefined, body.comment].filter(Boolean).join("\n\n");
  await tx.insert(caseEvents).values({
    caseId: row.id,
    event: body.event,
    fromStatus: row.status,
    toStatus: next.status,
    actorId: actor.userId,
    at: now,
    details,
    commentEnc: sealCaseText(ctx.cipher, "event_comment", freeText),
  });
  await publishEvent(tx, {
    type: "case.changed",
    unitId: row.unitId,
    id: row.id,
    data: {
      status: next.status,
      caseManagerId: next.caseManagerId,
      previousCaseManagerId: row.caseManagerId !== next.caseManagerId ? row.caseManagerId : null,
    },
  });
  if (details.caseManagerId) {
    await publishEvent(tx, {
      type: "case.assigned",
      unitId: row.unitId,
      id: row.id,
      data: { caseManagerId: details.caseManagerId },
    });
  }
  await recordAudit(tx, {
    action: CASE_EVENT_AUDIT_ACTIONS[body.event],
    actorId: actor.userId,
    unitId: row.unitId,
    targetType: "case",
    targetId: row.id,
    details: { from: row.status, to: next.status, ...details },
  });
  return caseDetail(tx, ctx.cipher, actor, updated);
}

export async function sendCaseEvent(ctx: AppContext, actor: Actor, id: string, body: Body): Promise<CaseDetailT> {
  return ctx.database.db.transaction((tx) => applyCaseEvent(tx, ctx, actor, id, body));
}
