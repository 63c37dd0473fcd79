// Two-factor enrolment: a new secret shown once as a QR code, switched on only after a correct code.
import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { qrSvg } from "../../platform/http/qr-svg.js";
import { users } from "./schema.js";
import { createSession, endSession } from "./sessions.js";
import { acceptTotp, newTotpSecret, openTotpSecret, sealTotpSecret, totpFor } from "./totp.js";

export async function startTotpEnrolment(ctx: AppContext, actor: Actor) {
  const { db } = ctx.database;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw new AppError(401, "error.unauthenticated");
  if (user.totpEnabled) throw new AppError(409, "error.conflict");
  const secret = newTotpSecret();
  await db
    .update(users)
    .set({ totpSecret: sealTotpSecret(ctx.cipher, secret) })
    .where(eq(users.id, user.id));
  const otpauthUrl = totpFor(secret, user.username).toString();
  return { secret, otpauthUrl, qrSvg: await qrSvg(otpauthUrl) };
}

/** Returns a new full-session token when the session was limited to enrolment, else null. */
export async function confirmTotpEnrolment(ctx: AppContext, actor: Actor, code: string): Promise<string | null> {
  const { db } = ctx.database;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw new AppError(401, "error.unauthenticated");
  if (user.totpEnabled) throw new AppError(409, "error.conflict");
  if (!user.totpSecret) throw new AppError(400, "error.totp_not_started");
  const step = acceptTotp(openTotpSecret(ctx.cipher, user.totpSecret), code, user.totpLastStep);
  if (step === null) throw new AppError(400, "error.invalid_totp", {}, [{ path: "code", message: "" }]);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabled: true, totpLastStep: step }).where(eq(users.id, user.id));
    let token: string | null = null;
    if (actor.stage === "enrolment_only") {
      await endSession(tx, actor.sessionHash);
      token = await createSession(ctx, tx, user.id, "full");
    }
    await recordAudit(tx, { action: "auth.totp_enrolled", actorId: user.id, targetType: "user", targetId: user.id });
    return token;
  });
}
