// Records the signed termination form and the feedback, then completes the termination through THE transition table
// (complete_termination with terminationFormSigned) -> closed, all inside the caller's transaction.
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { type CaseRow, loadCase } from "../case-access.js";
import type { CaseDetailT } from "../contracts.js";
import { applyCaseEvent } from "../send-case-event.js";
import { noteCaseStep } from "./case-note-event.js";
import { sealConsent } from "./consent-seal.js";
import { TERMINATION_TEXT_VERSION } from "./consent-texts.js";
import type { FeedbackT, SignerT } from "./contracts.js";
import { caseFeedback, clientLinkRequests, terminationForms } from "./schema.js";
import { checkSigner, signerColumns } from "./signer.js";

export interface TerminationSigning {
  /** The case version the move is made on. */
  version: number;
  signer: SignerT;
  feedback: FeedbackT;
  child: boolean;
  method: "link" | "in_person";
  linkId: string | null;
}

function feedbackColumns(ctx: AppContext, feedback: FeedbackT) {
  if (feedback.declined) return { declined: true };
  return {
    declined: false,
    respectful: feedback.respectful ?? null,
    clearInformation: feedback.clearInformation ?? null,
    timelyHelp: feedback.timelyHelp ?? null,
    feltSafe: feedback.feltSafe ?? null,
    wouldRecommend: feedback.wouldRecommend ?? null,
    commentsEnc: sealConsent(ctx.cipher, "feedback_comments", feedback.comments?.trim() || null),
  };
}

/** `actor` is the case manager: in person, the one signed in; by link, the one who sent it (the actor of record). */
export async function writeTermination(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  signing: TerminationSigning,
): Promise<{ detail: CaseDetailT; formId: string }> {
  checkSigner(signing.signer, signing.child);
  // The table's requirement: the move carries terminationFormSigned, which only this path sets (the console's
  // generic event endpoint cannot), so a termination completes only with a recorded form.
  const move = { event: "complete_termination" as const, version: signing.version, terminationFormSigned: true };
  const detail = await applyCaseEvent(tx, ctx, actor, caseId, move);
  const row: CaseRow = await loadCase(tx, actor, "case.read", caseId);
  const [form] = await tx
    .insert(terminationForms)
    .values({
      caseId,
      textVersion: TERMINATION_TEXT_VERSION,
      signedBy: signing.signer.givenBy,
      ...signerColumns(ctx.cipher, signing.signer),
      method: signing.method,
      recordedBy: actor.userId,
      linkId: signing.linkId,
    })
    .returning({ id: terminationForms.id });
  if (!form) throw new Error("termination form not written");
  await tx.insert(caseFeedback).values({ caseId, terminationFormId: form.id, ...feedbackColumns(ctx, signing.feedback) });
  // The case is closed: any other termination link still out there can do nothing more.
  await tx
    .update(clientLinkRequests)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(clientLinkRequests.caseId, caseId),
        eq(clientLinkRequests.kind, "termination"),
        isNull(clientLinkRequests.usedAt),
        isNull(clientLinkRequests.revokedAt),
        ...(signing.linkId ? [ne(clientLinkRequests.id, signing.linkId)] : []),
      ),
    );
  const details = {
    formId: form.id,
    method: signing.method,
    signedBy: signing.signer.givenBy,
    feedbackDeclined: signing.feedback.declined,
    ...(signing.linkId ? { linkId: signing.linkId } : {}),
  };
  await noteCaseStep(tx, row, "termination_form_recorded", actor.userId, details);
  await recordAudit(tx, {
    action: "termination.form_recorded",
    actorId: signing.method === "link" ? null : actor.userId,
    unitId: row.unitId,
    targetType: "case",
    targetId: caseId,
    details,
  });
  return { detail, formId: form.id };
}
