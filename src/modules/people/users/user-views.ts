// Maps users and their role grants to the API's User shape, showing only grants in units the actor may see.
import { eq, inArray } from "drizzle-orm";
import { type Actor, scopeOf, type UnitScope } from "../../../platform/access/actor.js";
import { ROLES, type Role } from "../../../platform/access/roles.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { UserT } from "../contracts.js";
import { roleGrants, units, type users } from "../schema.js";

export type UserRow = typeof users.$inferSelect;
export interface GrantRow {
  role: Role;
  unitId: string | null;
}

/** Whether a grant's unit lies in a scope; installation-wide grants (no unit) only in an installation-wide scope. */
export function inScope(scope: UnitScope, unitId: string | null): boolean {
  return scope === "all" || (unitId !== null && scope.has(unitId));
}

export const grantKey = (g: GrantRow) => `${g.role}|${g.unitId ?? ""}`;

export async function userViews(tx: Tx, actor: Actor, rows: UserRow[]): Promise<UserT[]> {
  if (!rows.length) return [];
  const scope = scopeOf(actor, "user.read");
  const grants = await tx
    .select({ userId: roleGrants.userId, role: roleGrants.role, unitId: roleGrants.unitId, unitName: units.name })
    .from(roleGrants)
    .leftJoin(units, eq(units.id, roleGrants.unitId))
    .where(
      inArray(
        roleGrants.userId,
        rows.map((r) => r.id),
      ),
    );
  const byUser = new Map<string, UserT["roles"]>();
  for (const g of grants) {
    // Grants in units outside the actor's scope are not shown: they would reveal those units' staff.
    if (!inScope(scope, g.unitId)) continue;
    const list = byUser.get(g.userId) ?? [];
    list.push({ role: g.role as Role, unitId: g.unitId, unitName: g.unitName });
    byUser.set(g.userId, list);
  }
  const order = (g: UserT["roles"][number]) => `${g.unitName === null ? 0 : 1}${g.unitName ?? ""}|${ROLES.indexOf(g.role)}`;
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    profession: u.profession as UserT["profession"],
    partnerId: u.partnerId,
    disabled: u.disabled,
    totpEnabled: u.totpEnabled,
    lockedUntil: u.lockedUntil ? u.lockedUntil.toISOString() : null,
    lastSignInAt: u.lastSignInAt ? u.lastSignInAt.toISOString() : null,
    roles: (byUser.get(u.id) ?? []).sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)),
  }));
}

export async function userView(tx: Tx, actor: Actor, row: UserRow): Promise<UserT> {
  const [view] = await userViews(tx, actor, [row]);
  if (!view) throw new Error("user view missing");
  return view;
}
