// First start: a one-time setup link, printed once, lets the first installation administrator set a password.
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/record.js";
import { hashPassword } from "../../platform/crypto/passwords.js";
import type { Tx } from "../../platform/db/connection.js";
import type { AppContext } from "../../platform/http/context.js";
import { AppError } from "../../platform/http/errors.js";
import { consumeLink, issueLink } from "./one-time-links.js";
import { roleGrants, users } from "./schema.js";
import { createSession } from "./sessions.js";

const SETUP_LOCK = 7_411_873_003;
const SETUP_LINK_HOURS = 24;

export async function needsSetup(tx: Tx): Promise<boolean> {
  const [admin] = await tx
    .select({ id: users.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.role, "admin"), isNull(roleGrants.unitId), eq(users.disabled, false)))
    .limit(1);
  return !admin;
}

/** Returns the setup link to print, or null when an administrator exists. */
export async function issueSetupLinkIfNeeded(ctx: AppContext): Promise<{ url: string; expiresAt: Date } | null> {
  return ctx.database.db.transaction(async (tx) => {
    if (!(await needsSetup(tx))) return null;
    return issueLink(tx, ctx.config.publicUrl, "setup", null, SETUP_LINK_HOURS);
  });
}

export async function completeSetup(
  ctx: AppContext,
  input: { token: string; username: string; displayName: string; password: string },
): Promise<string> {
  const passwordHash = await hashPassword(input.password, ctx.config.scryptCost);
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
    if (!(await needsSetup(tx))) throw new AppError(409, "error.setup_done");
    await consumeLink(tx, input.token, "setup");
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw new AppError(409, "error.username_taken", {}, [{ path: "username", message: "" }]);
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error("insert returned nothing");
    await tx.insert(roleGrants).values({ userId: user.id, role: "admin", unitId: null });
    const token = await createSession(ctx, tx, user.id, "full");
    await recordAudit(tx, { action: "setup.completed", actorId: user.id, targetType: "user", targetId: user.id });
    return token;
  });
}
