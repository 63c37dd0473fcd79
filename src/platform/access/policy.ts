// THE policy: which role holds which permission. Anything not listed here is denied.
import type { Permission } from "./permissions.js";
import type { Role } from "./roles.js";

export const POLICY: Record<Role, readonly Permission[]> = {
  admin: ["unit.read", "unit.manage", "user.read", "user.manage", "settings.manage", "audit.read"],
  head: [
    "unit.read",
    "user.read",
    "report.read",
    "case.read",
    "case.oversee",
    "case.transition",
    "case.identity.read",
    "case.note.read",
    "case.file.print",
    "case.services.read",
  ],
  supervisor: [
    "unit.read",
    "user.read",
    "report.read",
    "report.identity.read",
    "report.handle",
    "report.oversee",
    "intake.create",
    "verification.send",
    "outreach.manage",
    "case.read",
    "case.oversee",
    "case.transition",
    "case.identity.read",
    "case.note.read",
    "case.note.write",
    "case.file.print",
    "case.consent.manage",
    "case.assess",
    "case.plan",
    "case.services.read",
  ],
  intake_officer: [
    "unit.read",
    "report.read",
    "report.identity.read",
    "report.handle",
    "intake.create",
    "verification.send",
    "outreach.manage",
    "case.read",
  ],
  case_manager: [
    "unit.read",
    "case.read",
    "case.transition",
    "case.identity.read",
    "case.note.read",
    "case.note.write",
    "case.file.print",
    "case.consent.manage",
    "case.assess",
    "case.plan",
    "case.services.read",
    "intervention.record",
  ],
  service_provider: ["case.read", "intervention.record"],
  dispatcher: ["unit.read"],
  data_team: ["unit.read"],
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return POLICY[role].includes(permission);
}
