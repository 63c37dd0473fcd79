// The victim enters the short code: a wrong one is counted (five kill the link), the right one opens the details.
import { and, eq, isNull, lt, sql } from "drizzle-orm";
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
  const db = ctx.database.db;
  const found = await findLinkByToken(db, token);
  if (!found || !isLive(found.link)) return { kind: "invalid" };
  const code = rawCode.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { kind: "malformed" };
  const { link, report } = found;
  if (sameHash(codeHash(ctx.cipher, link.id, code), link.codeHash)) {
    await db.transaction(async (tx) => {
      await recordAudit(tx, {
        action: "verification.opened",
        actorId: null,
        unitId: report.unitId,
        targetType: "verification_link",
        targetId: link.id,
        details: { reportId: report.id },
      });
    });
    return { kind: "accepted", details: victimDetails(ctx.cipher, report), proof: signProof(ctx.cipher, link.id) };
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(verificationLinks)
      .set({ failedAttempts: sql`${verificationLinks.failedAttempts} + 1` })
      .where(
        and(
          eq(verificationLinks.id, link.id),
          isNull(verificationLinks.usedAt),
          lt(verificationLinks.failedAttempts, MAX_CODE_FAILURES),
        ),
      )
      .returning({ failedAttempts: verificationLinks.failedAttempts });
    if (!row) return { kind: "invalid" } as const;
    await recordAudit(tx, {
      action: "verification.code_failed",
      actorId: null,
      unitId: report.unitId,
      targetType: "verification_link",
      targetId: link.id,
      details: { attempt: row.failedAttempts },
    });
    const remaining = MAX_CODE_FAILURES - row.failedAttempts;
    return remaining > 0 ? ({ kind: "wrong", remaining } as const) : ({ kind: "invalid" } as const);
  });
}
