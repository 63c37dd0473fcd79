// Staff sign-in with username and password: lock-out after repeated failures, then the second factor if any.
import { eq } from "drizzle-orm";
import type { Role } from "../../platform/access/roles.js";
import { recordAudit } from "../../platform/audit/record.js";
import { dummyHash, verifyPassword } from "../../platform/crypto/passwords.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { roleGrants, users } from "./schema.js";
import { requiresMfa } from "./security-settings.js";
import { createSession, type SessionStage } from "./sessions.js";

export interface SignInOutcome {
  status: "signed_in" | "totp_required" | "totp_enrolment_required";
  token: string;
}

export async function signIn(ctx: AppContext, input: { username: string; password: string }): Promise<SignInOutcome> {
  const { db } = ctx.database;
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  if (!user?.passwordHash) {
    await verifyPassword(input.password, await dummyHash(ctx.config.scryptCost));
    await db.transaction((tx) =>
      recordAudit(tx, { action: "auth.sign_in_failed", actorId: null, details: { reason: "unknown_user" } }),
    );
    throw new AppError(401, "error.invalid_credentials");
  }
  const locked = user.lockedUntil && user.lockedUntil > new Date();
  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  if (locked) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        action: "auth.sign_in_failed",
        actorId: user.id,
        targetType: "user",
        targetId: user.id,
        details: { reason: "locked" },
      }),
    );
    const minutes = Math.ceil(((user.lockedUntil as Date).getTime() - Date.now()) / 60_000);
    throw new AppError(403, "error.locked_out", { minutes });
  }
  if (!passwordOk || user.disabled) {
    await recordFailure(ctx, user.id, user.disabled ? "disabled" : "wrong_password");
    throw new AppError(401, "error.invalid_credentials");
  }
  return db.transaction(async (tx) => {
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() }).where(eq(users.id, user.id));
    const grants = await tx.select({ role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.userId, user.id));
    let stage: SessionStage = "full";
    if (user.totpEnabled) stage = "totp_pending";
    else if (
      await requiresMfa(
        tx,
        grants.map((g) => g.role as Role),
      )
    )
      stage = "enrolment_only";
    const token = await createSession(ctx, tx, user.id, stage);
    if (stage !== "totp_pending") {
      await recordAudit(tx, {
        action: "auth.signed_in",
        actorId: user.id,
        targetType: "user",
        targetId: user.id,
        details: { stage },
      });
    }
    const status = stage === "full" ? "signed_in" : stage === "totp_pending" ? "totp_required" : "totp_enrolment_required";
    return { status, token };
  });
}

/** Counts a failed password or code; locks the account at the threshold. Commits even though sign-in fails. */
export async function recordFailure(ctx: AppContext, userId: string, reason: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.select({ failed: users.failedSignIns }).from(users).where(eq(users.id, userId)).for("update");
    const failed = (row?.failed ?? 0) + 1;
    const target = { actorId: userId, targetType: "user", targetId: userId } as const;
    if (failed >= ctx.config.lockoutThreshold) {
      const lockedUntil = new Date(Date.now() + ctx.config.lockoutMinutes * 60_000);
      await tx.update(users).set({ failedSignIns: 0, lockedUntil }).where(eq(users.id, userId));
      await recordAudit(tx, { action: "auth.locked_out", ...target, details: { reason, minutes: ctx.config.lockoutMinutes } });
    } else {
      await tx.update(users).set({ failedSignIns: failed }).where(eq(users.id, userId));
      await recordAudit(tx, {
        action: reason === "wrong_code" ? "auth.totp_failed" : "auth.sign_in_failed",
        ...target,
        details: { reason },
      });
    }
  });
}
