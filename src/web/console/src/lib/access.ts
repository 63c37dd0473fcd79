// Permission checks against the signed-in person's "resource.action" list (the server decides; this only hides).
import { type MeT, type Permission, ROLES, type Role, roleGrants } from "../contracts";

export const PERMISSIONS = {
  unitRead: "unit.read",
  unitManage: "unit.manage",
  userRead: "user.read",
  userManage: "user.manage",
  settingsManage: "settings.manage",
  auditRead: "audit.read",
  reportRead: "report.read",
  reportIdentityRead: "report.identity.read",
  reportHandle: "report.handle",
  reportOversee: "report.oversee",
  intakeCreate: "intake.create",
  verificationSend: "verification.send",
  outreachManage: "outreach.manage",
  caseRead: "case.read",
  caseOversee: "case.oversee",
  caseTransition: "case.transition",
  caseIdentityRead: "case.identity.read",
  caseNoteRead: "case.note.read",
  caseNoteWrite: "case.note.write",
  caseConsentManage: "case.consent.manage",
  caseFilePrint: "case.file.print",
  caseAssess: "case.assess",
  casePlan: "case.plan",
  caseServicesRead: "case.services.read",
  interventionRecord: "intervention.record",
} as const;

export function can(me: MeT | null | undefined, permission: string): boolean {
  return Boolean(me?.permissions.includes(permission));
}

/**
 * Whether the person holds `permission` in this unit (an installation-wide grant counts in every unit), by the server's
 * one policy table: for a link or button about one record, where a grant in another unit would lead to a 404.
 */
export function canIn(me: MeT | null | undefined, permission: Permission, unitId: string): boolean {
  if (!can(me, permission)) return false;
  return Boolean(
    me?.roles.some((grant) => (grant.unitId === null || grant.unitId === unitId) && roleGrants(grant.role, permission)),
  );
}

export function hasRole(me: MeT | null | undefined, role: Role): boolean {
  return Boolean(me?.roles.some((grant) => grant.role === role));
}

/** The roles a person holds, each once, in the catalogue's order. */
export function distinctRoles(me: MeT): Role[] {
  const held = new Set<Role>(me.roles.map((grant) => grant.role));
  return ROLES.filter((role) => held.has(role));
}
