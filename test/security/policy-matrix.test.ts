// The role x permission matrix, written out as the specification the policy module must match exactly.
import { describe, expect, it } from "vitest";
import { can, scopeOf } from "../../src/platform/access/actor.js";
import { PERMISSIONS, type Permission } from "../../src/platform/access/permissions.js";
import { POLICY } from "../../src/platform/access/policy.js";
import { ROLES, type Role } from "../../src/platform/access/roles.js";

// Columns: unit.read unit.manage user.read user.manage settings.manage audit.read |
//          report.read report.identity.read report.handle report.oversee intake.create verification.send outreach.manage |
//          case.read case.oversee case.transition case.identity.read case.note.read case.note.write case.file.print case.consent.manage |
//          case.assess case.plan case.services.read intervention.record
const MATRIX: Record<Role, string> = {
  admin: "           Y Y Y Y Y Y  . . . . . . .  . . . . . . . .  . . . .",
  head: "            Y . Y . . .  Y . . . . . .  Y Y Y Y Y . Y .  . . Y .",
  supervisor: "      Y . Y . . .  Y Y Y Y Y Y Y  Y Y Y Y Y Y Y Y  Y Y Y .",
  intake_officer: "  Y . . . . .  Y Y Y . Y Y Y  Y . . . . . . .  . . . .",
  case_manager: "    Y . . . . .  . . . . . . .  Y . Y Y Y Y Y Y  Y Y Y Y",
  service_provider: ". . . . . .  . . . . . . .  Y . . . . . . .  . . . Y",
  dispatcher: "      Y . . . . .  . . . . . . .  . . . . . . . .  . . . .",
  data_team: "       Y . . . . .  . . . . . . .  . . . . . . . .  . . . .",
};
const COLUMNS: Permission[] = [
  "unit.read",
  "unit.manage",
  "user.read",
  "user.manage",
  "settings.manage",
  "audit.read",
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
  "intervention.record",
];

describe("policy: role x permission", () => {
  it("the matrix names every permission", () => {
    expect([...COLUMNS].sort()).toEqual([...PERMISSIONS].sort());
  });
  const cases = ROLES.flatMap((role) => {
    const marks = MATRIX[role].trim().split(/\s+/);
    return COLUMNS.map((permission, i) => ({ role, permission, granted: marks[i] === "Y" }));
  });
  it.each(cases)("$role holds $permission: $granted", ({ role, permission, granted }) => {
    expect(POLICY[role].includes(permission)).toBe(granted);
  });
});

describe("unit scope", () => {
  const actor = (grants: { role: Role; unitId: string | null }[]) => ({
    userId: "u",
    sessionHash: "s",
    stage: "full" as const,
    grants,
    lang: "id" as const,
  });
  it("a grant in unit A allows nothing in unit B", () => {
    const a = actor([{ role: "admin", unitId: "A" }]);
    expect(can(a, "user.manage", "A")).toBe(true);
    expect(can(a, "user.manage", "B")).toBe(false);
    expect(can(a, "user.manage", null)).toBe(false);
  });
  it("an installation-wide administrator's scope is every unit", () => {
    expect(scopeOf(actor([{ role: "admin", unitId: null }]), "unit.manage")).toBe("all");
  });
  it("no grants: nothing is allowed (deny by default)", () => {
    for (const p of PERMISSIONS) expect(can(actor([]), p)).toBe(false);
  });
  it("roles add up across units", () => {
    const a = actor([
      { role: "supervisor", unitId: "A" },
      { role: "admin", unitId: "B" },
    ]);
    expect(scopeOf(a, "user.read")).toEqual(new Set(["A", "B"]));
    expect(scopeOf(a, "user.manage")).toEqual(new Set(["B"]));
  });
});
