// The victim confirms or corrects their details: report fields and blind indexes, link used, audit and live event in one transaction.
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { blindIndex, seal } from "../identity.js";
import { reports, verificationLinks } from "../schema.js";
import { findLinkByToken } from "./find-link-by-token.js";
import { checkProof } from "./link-secrets.js";
import { isLive } from "./link-views.js";
import {
  ageOn,
  type DetailErrors,
  type DetailField,
  readCorrection,
  type VictimDetails,
  victimDetails,
} from "./victim-details.js";

export type ConfirmResult =
  | { kind: "invalid" }
  | { kind: "proof_expired" }
  | { kind: "errors"; details: VictimDetails; errors: DetailErrors; proof: string }
  | { kind: "done" };

export async function confirmVerification(ctx: AppContext, token: string, form: URLSearchParams): Promise<ConfirmResult> {
  const proof = form.get("proof") ?? "";
  // Only an explicit "confirm" leaves the sent fields unread. Without an action (an older browser's script or plain post
  // that dropped the pressed button) the fields are read as a correction: unchanged, it is recorded as confirmed anyway,
  // and a changed phone is never thrown away as a confirmation.
  const action = form.get("action") === "confirm" ? "confirm" : "correct";
  return ctx.database.db.transaction(async (tx) => {
    const found = await findLinkByToken(tx, token, true);
    if (!found || !isLive(found.link)) return { kind: "invalid" } as const;
    const { link, report } = found;
    if (!checkProof(ctx.cipher, link.id, proof)) return { kind: "proof_expired" } as const;
    const current = victimDetails(ctx.cipher, report);
    let changed: DetailField[] = [];
    if (action === "correct") {
      const { details, errors } = readCorrection(form, current.nik !== null);
      if (Object.keys(errors).length) return { kind: "errors", details, errors, proof } as const;
      changed = (Object.keys(details) as DetailField[]).filter((k) => (details[k] ?? null) !== (current[k] ?? null));
      if (changed.length) {
        const c = ctx.cipher;
        await tx
          .update(reports)
          .set({
            ...(changed.includes("name")
              ? { victimNameEnc: seal(c, "victim_name", details.name), victimNameBidx: blindIndex(c, "name", details.name) }
              : {}),
            ...(changed.includes("birthDate")
              ? {
                  victimBirthDateEnc: seal(c, "victim_birth_date", details.birthDate),
                  victimBirthDateBidx: blindIndex(c, "birth_date", details.birthDate),
                  ...(details.birthDate ? { victimAge: ageOn(details.birthDate) } : {}),
                }
              : {}),
            ...(changed.includes("phone")
              ? { victimPhoneEnc: seal(c, "victim_phone", details.phone), victimPhoneBidx: blindIndex(c, "phone", details.phone) }
              : {}),
            ...(changed.includes("nik")
              ? { victimNikEnc: seal(c, "victim_nik", details.nik), victimNikBidx: blindIndex(c, "nik", details.nik) }
              : {}),
            version: sql`${reports.version} + 1`,
            updatedAt: new Date(),
          })
          .where(eq(reports.id, report.id));
      }
    }
    const outcome = changed.length ? "corrected" : "confirmed";
    await tx.update(verificationLinks).set({ usedAt: new Date(), outcome }).where(eq(verificationLinks.id, link.id));
    await publishEvent(tx, { type: "report.updated", unitId: report.unitId, id: report.id, data: { verification: outcome } });
    await recordAudit(tx, {
      action: outcome === "corrected" ? "verification.corrected" : "verification.confirmed",
      actorId: null,
      unitId: report.unitId,
      targetType: "report",
      targetId: report.id,
      details: { linkId: link.id, ...(changed.length ? { fields: changed } : {}) },
    });
    return { kind: "done" } as const;
  });
}
