// The officer records consent given in person on their screen: the client (or a child's guardian) decides per purpose and signs.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { checkPartners } from "./check-partners.js";
import { loadConsentCase, requireConsentStatus } from "./consent-case.js";
import type { ConsentOverviewT, RecordConsentBody } from "./contracts.js";
import { consentOverview } from "./get-consent-overview.js";
import { writeConsent } from "./write-consent.js";

type Body = z.output<typeof RecordConsentBody>;

export async function recordConsentInPerson(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: Body,
): Promise<ConsentOverviewT> {
  return ctx.database.db.transaction(async (tx) => {
    const { row, child } = await loadConsentCase(tx, actor, caseId, "case.consent.manage", true);
    requireConsentStatus(row);
    const sharing = body.decisions.find((d) => d.purpose === "partner_sharing");
    if (!sharing && body.partnerIds.length)
      throw new AppError(400, "consent.partner_invalid", {}, [{ path: "partnerIds", message: "" }]);
    const partnerIds = await checkPartners(tx, row.unitId, body.partnerIds, sharing?.granted === true);
    await writeConsent(tx, ctx.cipher, row, {
      decisions: body.decisions,
      partnerIds,
      signer: body.signer,
      child,
      method: "in_person",
      recordedBy: actor.userId,
      linkId: null,
    });
    return consentOverview(tx, actor, row, child);
  });
}
