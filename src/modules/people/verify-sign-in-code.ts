// Second step of sign-in: the TOTP code turns a password-accepted session into a full one (with a new token).
import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { users } from "./schema.js";
import { createSession, endSession } from "./sessions.js";
import { recordFailure } from "./sign-in.js";
import { acceptTotp, openTotpSecret } from "./totp.js";

export async function verifySignInCode(ctx: AppContext, actor: Actor, code: string): Promise<string> {
  const { db } = ctx.database;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.totpEnabled || !user.totpSecret) throw new AppError(400, "error.invalid_totp");
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await db.transaction((tx) => endSession(tx, actor.sessionHash));
    throw new AppError(403, "error.locked_out", { minutes: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000) });
  }
  const step = acceptTotp(openTotpSecret(ctx.cipher, user.totpSecret), code, user.totpLastStep);
  if (step === null) {
    await recordFailure(ctx, user.id, "wrong_code");
    throw new AppError(400, "error.invalid_totp", {}, [{ path: "code", message: "" }]);
  }
  return db.transaction(async (tx) => {
    await tx.update(users).set({ totpLastStep: step, failedSignIns: 0 }).where(eq(users.id, user.id));
    await endSession(tx, actor.sessionHash);
    const token = await createSession(ctx, tx, user.id, "full");
    await recordAudit(tx, {
      action: "auth.signed_in",
      actorId: user.id,
      targetType: "user",
      targetId: user.id,
      details: { stage: "full", totp: true },
    });
    return token;
  });
}
