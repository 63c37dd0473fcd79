// A complaint's panels follow the person's roles in the complaint's unit: a grant in another unit opens nothing there.
import { describe, expect, it } from "vitest";
import { JEMBER, personWith, SURABAYA } from "../lib/people.fixture";
import { reportAccess } from "./reportAccess";

const jember = { unitId: JEMBER };
const none = { handle: false, identity: false, verify: false, outreach: false };

describe("a complaint of Jember", () => {
  it("Jember's head, an intake officer only in Surabaya: reads the facts, but works nothing and sees no identity", () => {
    const me = personWith([
      { role: "head", unitId: JEMBER, unitName: "Jember" },
      { role: "intake_officer", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(reportAccess(me, jember)).toEqual(none);
    expect(reportAccess(me, { unitId: SURABAYA })).toEqual({ handle: true, identity: true, verify: true, outreach: true });
  });

  it("Jember's head alone has no verification links or outreach visits to look at", () => {
    expect(reportAccess(personWith([{ role: "head", unitId: JEMBER, unitName: "Jember" }]), jember)).toEqual(none);
  });

  it("Jember's intake officer works it all", () => {
    const me = personWith([{ role: "intake_officer", unitId: JEMBER, unitName: "Jember" }]);
    expect(reportAccess(me, jember)).toEqual({ handle: true, identity: true, verify: true, outreach: true });
    expect(reportAccess(undefined, jember)).toEqual(none);
  });
});
