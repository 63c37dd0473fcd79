// Checks the role grants and partner agency an administrator asks for: known units, in scope, unit-less only for admins.
import { and, eq, inArray } from "drizzle-orm";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { partners, units } from "../schema.js";
import { type GrantRow, grantKey, inScope } from "./user-views.js";

const fieldError = (
  status: number,
  key: "error.unit_required" | "error.unknown_unit" | "error.installation_admin_required",
  path: string,
) => new AppError(status, key, {}, [{ path, message: "" }]);

/** Returns the requested grants without duplicates; throws naming the first grant at fault (`roles.N.unitId`). */
export async function checkRequestedGrants(tx: Tx, actor: Actor, requested: GrantRow[]): Promise<GrantRow[]> {
  const scope = scopeOf(actor, "user.manage");
  const unitIds = new Map<string, number>();
  requested.forEach((grant, i) => {
    const path = `roles.${i}.unitId`;
    if (grant.unitId === null) {
      if (grant.role !== "admin") throw fieldError(400, "error.unit_required", path);
      if (scope !== "all") throw fieldError(403, "error.installation_admin_required", path);
      return;
    }
    // A unit outside the actor's scope answers like an unknown one: its existence is not revealed.
    if (!inScope(scope, grant.unitId)) throw fieldError(400, "error.unknown_unit", path);
    if (!unitIds.has(grant.unitId)) unitIds.set(grant.unitId, i);
  });
  if (unitIds.size) {
    const found = await tx
      .select({ id: units.id })
      .from(units)
      .where(inArray(units.id, [...unitIds.keys()]));
    const known = new Set(found.map((u) => u.id));
    for (const [unitId, i] of unitIds) if (!known.has(unitId)) throw fieldError(400, "error.unknown_unit", `roles.${i}.unitId`);
  }
  const unique = new Map<string, GrantRow>();
  for (const grant of requested) unique.set(grantKey(grant), { role: grant.role, unitId: grant.unitId });
  return [...unique.values()];
}

/** A user's partner agency must be a partner of one of the units they work in. */
export async function checkPartner(tx: Tx, partnerId: string | null | undefined, grants: GrantRow[]): Promise<void> {
  if (!partnerId) return;
  const unitIds = [...new Set(grants.flatMap((g) => (g.unitId ? [g.unitId] : [])))];
  const [partner] = unitIds.length
    ? await tx
        .select({ id: partners.id })
        .from(partners)
        .where(and(eq(partners.id, partnerId), inArray(partners.unitId, unitIds)))
    : [];
  if (!partner) throw new AppError(400, "error.unknown_partner", {}, [{ path: "partnerId", message: "" }]);
}
