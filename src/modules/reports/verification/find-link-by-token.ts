// Finds a verification link by its token (stored only as a hash) with the victim's fields of its report.
import { eq } from "drizzle-orm";
import { hashToken } from "../../../platform/crypto/tokens.js";
import type { Tx } from "../../../platform/db/connection.js";
import { reports, verificationLinks } from "../schema.js";

/** Tokens are 43 base64url characters; anything else is not looked up at all. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export async function findLinkByToken(tx: Tx, token: string, lock = false) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const query = tx
    .select({
      link: verificationLinks,
      report: {
        id: reports.id,
        unitId: reports.unitId,
        status: reports.status,
        victimNameEnc: reports.victimNameEnc,
        victimBirthDateEnc: reports.victimBirthDateEnc,
        victimPhoneEnc: reports.victimPhoneEnc,
        victimNikEnc: reports.victimNikEnc,
      },
    })
    .from(verificationLinks)
    .innerJoin(reports, eq(reports.id, verificationLinks.reportId))
    .where(eq(verificationLinks.tokenHash, hashToken(token)))
    .limit(1);
  const [found] = lock ? await query.for("update", { of: verificationLinks }) : await query;
  return found ?? null;
}

export type FoundLink = NonNullable<Awaited<ReturnType<typeof findLinkByToken>>>;
