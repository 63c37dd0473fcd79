// Sets a password through a one-time link (new user or reset by an administrator); ends all sessions.
import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/record.js";
import { hashPassword } from "../../platform/crypto/passwords.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { consumeLink } from "./one-time-links.js";
import { users } from "./schema.js";
import { endAllSessions } from "./sessions.js";

export async function resetPassword(ctx: AppContext, input: { token: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password, ctx.config.scryptCost);
  await ctx.database.db.transaction(async (tx) => {
    const { userId } = await consumeLink(tx, input.token, "password");
    if (!userId) throw new AppError(400, "error.invalid_link");
    await tx.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
    await endAllSessions(tx, userId);
    await recordAudit(tx, { action: "auth.password_reset", actorId: userId, targetType: "user", targetId: userId });
  });
}
