// Permission checks in one unit follow the server's policy table: a grant in another unit does not count there.
import { describe, expect, it } from "vitest";
import { can, canIn } from "./access";
import { JEMBER, personWith, SURABAYA } from "./people.fixture";

const person = personWith;

describe("canIn", () => {
  it("counts only the grants in the record's unit", () => {
    // Case manager in Jember, intake officer in Surabaya: reads complaints, but not Jember's.
    const me = person(
      [
        { role: "case_manager", unitId: JEMBER, unitName: "Jember" },
        { role: "intake_officer", unitId: SURABAYA, unitName: "Surabaya" },
      ],
      ["case.read", "report.read"],
    );
    expect(can(me, "report.read")).toBe(true);
    expect(canIn(me, "report.read", JEMBER)).toBe(false);
    expect(canIn(me, "report.read", SURABAYA)).toBe(true);
    expect(canIn(me, "case.read", JEMBER)).toBe(true);
  });
  it("an installation-wide grant counts in every unit; nothing without a session's permission", () => {
    const admin = person([{ role: "admin", unitId: null, unitName: null }], ["unit.read"]);
    expect(canIn(admin, "unit.read", JEMBER)).toBe(true);
    expect(canIn(admin, "report.read", JEMBER)).toBe(false);
    // A session still finishing two-factor enrolment lists no permissions: the grants alone do not open anything.
    const enrolling = person([{ role: "supervisor", unitId: JEMBER, unitName: "Jember" }], []);
    expect(canIn(enrolling, "report.read", JEMBER)).toBe(false);
    expect(canIn(undefined, "report.read", JEMBER)).toBe(false);
  });
});
