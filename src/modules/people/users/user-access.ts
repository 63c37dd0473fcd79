// Rules shared by the user operations: which users an administrator reaches, and the last installation administrator.
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Role } from "../../../platform/access/roles.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { roleGrants, users } from "../schema.js";
import { type GrantRow, inScope, type UserRow } from "./user-views.js";

/** Advisory lock key serialising every change that could leave the installation without an administrator. */
const ADMIN_LOCK = 7_411_873_004;

export interface LoadedUser {
  user: UserRow;
  /** Every grant of the user, including those outside the actor's scope (never returned as such). */
  grants: GrantRow[];
}

/** Loads (and locks, inside a change) a user; 404 unless one of their grants lies in the actor's scope of `permission`. */
export async function loadUserInScope(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: string,
  lock = false,
): Promise<LoadedUser> {
  const query = tx.select().from(users).where(eq(users.id, id));
  const [user] = lock ? await query.for("update") : await query;
  if (!user) throw new AppError(404, "error.not_found");
  const rows = await tx
    .select({ role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(eq(roleGrants.userId, id));
  const grants = rows.map((g) => ({ role: g.role as Role, unitId: g.unitId }));
  const scope = scopeOf(actor, permission);
  if (scope !== "all" && !grants.some((g) => inScope(scope, g.unitId))) throw new AppError(404, "error.not_found");
  return { user, grants };
}

/**
 * Account-wide changes (profile, disable, reset links, two-factor) reach every unit the user works in, so the actor
 * must manage all of them: a unit administrator cannot take over a colleague who also works elsewhere.
 */
export function requireWholeUser(actor: Actor, grants: GrantRow[]): void {
  const scope = scopeOf(actor, "user.manage");
  if (!grants.every((g) => inScope(scope, g.unitId))) throw new AppError(403, "error.user_in_other_units");
}

export const isInstallationAdmin = (grants: GrantRow[]) => grants.some((g) => g.role === "admin" && g.unitId === null);

/**
 * 409 unless another active installation administrator than `userId` remains: not disabled and with a password set
 * (an account still waiting for its set-up link could not step in). Call before removing the user's power.
 */
export async function requireAnotherAdmin(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADMIN_LOCK})`);
  const [other] = await tx
    .select({ id: users.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, "admin"),
        isNull(roleGrants.unitId),
        eq(users.disabled, false),
        isNotNull(users.passwordHash),
        ne(users.id, userId),
      ),
    )
    .limit(1);
  if (!other) throw new AppError(409, "error.last_admin");
}

/** The unit an audit event about these grants belongs to: their one unit, or none (installation-wide) when several. */
export function auditUnit(grants: GrantRow[]): string | null {
  const unitIds = new Set(grants.map((g) => g.unitId));
  const [only] = [...unitIds];
  return unitIds.size === 1 && only ? only : null;
}
