// The signed-in staff member as every operation sees them, and the unit scope of each permission.

import { AppError } from "../http/errors.js";
import type { Lang } from "../i18n/translate.js";
import { PERMISSIONS, type Permission } from "./permissions.js";
import { roleGrants } from "./policy.js";
import type { Role } from "./roles.js";

export interface Grant {
  role: Role;
  /** Null: installation-wide (administrators only). */
  unitId: string | null;
}

export interface Actor {
  userId: string;
  sessionHash: string;
  /** "full", or a session still finishing two-factor sign-in ("totp_pending") or enrolment ("enrolment_only"). */
  stage: "full" | "totp_pending" | "enrolment_only";
  grants: Grant[];
  lang: Lang;
}

/** Units where the actor holds `permission`: "all" for installation-wide grants, else a set of unit ids. */
export type UnitScope = "all" | ReadonlySet<string>;

export function scopeOf(actor: Actor, permission: Permission): UnitScope {
  const units = new Set<string>();
  for (const grant of actor.grants) {
    if (!roleGrants(grant.role, permission)) continue;
    if (grant.unitId === null) return "all";
    units.add(grant.unitId);
  }
  return units;
}

export function can(actor: Actor, permission: Permission, unitId?: string | null): boolean {
  const scope = scopeOf(actor, permission);
  if (scope === "all") return true;
  if (unitId === undefined) return scope.size > 0;
  return unitId !== null && scope.has(unitId);
}

export function permissionsOf(actor: Pick<Actor, "grants">): Permission[] {
  const all = new Set<Permission>();
  for (const grant of actor.grants) for (const p of PERMISSIONS) if (roleGrants(grant.role, p)) all.add(p);
  return [...all].sort();
}

/** Throws 404 (not 403) when the record's unit is outside the actor's scope: its existence is not revealed. */
export function requireUnit(actor: Actor, permission: Permission, unitId: string | null): void {
  if (!can(actor, permission, unitId)) throw new AppError(404, "error.not_found");
}

/** Installation-wide actions (creating units, security settings) need an installation-wide grant. */
export function requireInstallationWide(actor: Actor, permission: Permission): void {
  if (scopeOf(actor, permission) !== "all") throw new AppError(403, "error.installation_admin_required");
}
