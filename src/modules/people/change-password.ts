// A signed-in user changes their own password; their other sessions end.
import { and, eq, ne } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import { hashPassword, verifyPassword } from "../../platform/crypto/passwords.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { sessions, users } from "./schema.js";

export async function changePassword(ctx: AppContext, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const { db } = ctx.database;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError(400, "error.wrong_password", {}, [{ path: "currentPassword", message: "" }]);
  }
  const passwordHash = await hashPassword(input.newPassword, ctx.config.scryptCost);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, actor.sessionHash)));
    await recordAudit(tx, { action: "auth.password_changed", actorId: user.id, targetType: "user", targetId: user.id });
  });
}
