// The client withdraws consent for one purpose (told to the officer): the current grant is marked withdrawn, with a sealed reason.
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { noteCaseStep } from "./case-note-event.js";
import { loadConsentCase } from "./consent-case.js";
import { sealConsent } from "./consent-seal.js";
import type { ConsentOverviewT, WithdrawConsentBody } from "./contracts.js";
import { consentOverview } from "./get-consent-overview.js";
import { consentRecords } from "./schema.js";

type Body = z.output<typeof WithdrawConsentBody>;

export async function withdrawConsent(ctx: AppContext, actor: Actor, caseId: string, body: Body): Promise<ConsentOverviewT> {
  return ctx.database.db.transaction(async (tx) => {
    const { row, child } = await loadConsentCase(tx, actor, caseId, "case.consent.manage", true);
    const [current] = await tx
      .select()
      .from(consentRecords)
      .where(and(eq(consentRecords.caseId, row.id), eq(consentRecords.purpose, body.purpose)))
      .orderBy(desc(consentRecords.givenAt), desc(consentRecords.id))
      .limit(1);
    if (!current?.granted || current.withdrawnAt) {
      throw new AppError(409, "consent.not_granted", {}, [{ path: "purpose", message: "" }]);
    }
    await tx
      .update(consentRecords)
      .set({
        withdrawnAt: new Date(),
        withdrawnBy: actor.userId,
        withdrawalReasonEnc: sealConsent(ctx.cipher, "withdrawal_reason", body.reason),
      })
      .where(eq(consentRecords.id, current.id));
    await noteCaseStep(tx, row, "consent_withdrawn", actor.userId, { purpose: body.purpose, recordId: current.id });
    await recordAudit(tx, {
      action: "consent.withdrawn",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { purpose: body.purpose, recordId: current.id },
    });
    return consentOverview(tx, actor, row, child);
  });
}
