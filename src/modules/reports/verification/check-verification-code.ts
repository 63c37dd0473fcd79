// The victim enters the short code: a wrong one is counted (five kill the link), the right one opens the details.
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { verificationLinks } from "../schema.js";
import { findLinkByToken } from "./find-link-by-token.js";
import { codeHash, sameHash, signProof } from "./link-secrets.js";
import { isLive, MAX_CODE_FAILURES } from "./link-views.js";
import { type VictimDetails, victimDetails } from "./victim-details.js";

export type CodeResult =
  | { kind: "invalid" }
  | { kind: "malformed" }
  | { kind: "wrong"; remaining: number }
  | { kind: "accepted"; details: VictimDetails; proof: string };

export async function checkVerificationCode(ctx: AppContext, token: string, rawCode: string): Promise<CodeResult> {
  const code = rawCode.replace(/\s/g, "");
  return ctx.database.db.transaction(async (tx): Promise<CodeResult> => {
    // The link's row is locked before its code is compared: codes sent together are compared one after another, each
    // after the failures counted before it, so a burst of guesses gets no more than MAX_CODE_FAILURES tries.
    const found = await findLinkByToken(tx, token, true);
    if (!found || !isLive(found.link)) return { kind: "invalid" };
    if (!/^\d{6}$/.test(code)) return { kind: "malformed" };
    const { link, report } = found;
    if (sameHash(codeHash(ctx.cipher, link.id, code), link.codeHash)) {
      await recordAudit(tx, {
        action: "verification.opened",
        actorId: null,
        unitId: report.unitId,
        targetType: "verification_link",
        targetId: link.id,
        details: { reportId: report.id },
      });
      return { kind: "accepted", details: victimDetails(ctx.cipher, report), proof: signProof(ctx.cipher, link.id) };
    }
    const [row] = await tx
      .update(verificationLinks)
      .set({ failedAttempts: sql`${verificationLinks.failedAttempts} + 1` })
      .where(eq(verificationLinks.id, link.id))
      .returning({ failedAttempts: verificationLinks.failedAttempts });
    if (!row) throw new Error("verification link vanished");
    await recordAudit(tx, {
      action: "verification.code_failed",
      actorId: null,
      unitId: report.unitId,
      targetType: "verification_link",
      targetId: link.id,
      details: { attempt: row.failedAttempts },
    });
    const remaining = MAX_CODE_FAILURES - row.failedAttempts;
    return remaining > 0 ? { kind: "wrong", remaining } : { kind: "invalid" };
  });
}
