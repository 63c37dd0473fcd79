// One-time links (first-administrator setup, password set/reset): issued as a token, stored as its hash, used once.
import { and, eq, gt, isNull } from "drizzle-orm";
import { hashToken, newToken } from "../../platform/crypto/tokens.js";
import type { Tx } from "../../platform/db/connection.js";
import { AppError } from "../../platform/http/errors.js";
import { oneTimeTokens } from "./schema.js";

export type LinkPurpose = "setup" | "password";
const PAGES: Record<LinkPurpose, string> = { setup: "setup", password: "reset-password" };

export async function issueLink(
  tx: Tx,
  publicUrl: string,
  purpose: LinkPurpose,
  userId: string | null,
  hours: number,
): Promise<{ url: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  if (userId) {
    // A new link replaces any earlier unused one for the same user.
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
  }
  await tx.insert(oneTimeTokens).values({ tokenHash: hashToken(token), purpose, userId, expiresAt });
  // The token rides in the fragment: it never reaches server logs or Referer headers.
  return { url: `${publicUrl}/console/${PAGES[purpose]}#token=${token}`, expiresAt };
}

/** Marks the link used and returns its user; 400 when unknown, expired or already used. */
export async function consumeLink(tx: Tx, token: string, purpose: LinkPurpose): Promise<{ userId: string | null }> {
  const [row] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: oneTimeTokens.userId });
  if (!row) throw new AppError(400, "error.invalid_link", {}, [{ path: "token", message: "" }]);
  return row;
}
