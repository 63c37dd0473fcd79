// A case's panels and services work follow the person's roles in the case's unit: a grant in another unit opens nothing.
import { describe, expect, it } from "vitest";
import { JEMBER, ME_ID, personWith, SURABAYA } from "../lib/people.fixture";
import { isCaseWorker, overviewAccess, servicesAccess } from "./caseAccess";

const otherManager = { id: "44444444-4444-4444-8444-444444444444", displayName: "Agus Salim" };
const jemberCase = { unitId: JEMBER, caseManager: otherManager, status: "open" as const };

describe("a case of Jember", () => {
  it("the officer who sent it, a supervisor only in Surabaya: no identity, evidence, notes or case file", () => {
    const me = personWith([
      { role: "intake_officer", unitId: JEMBER, unitName: "Jember" },
      { role: "supervisor", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(isCaseWorker(me, jemberCase)).toBe(false);
    expect(overviewAccess(me, jemberCase)).toEqual({ identity: false, readNotes: false, writeNotes: false, print: false });
    expect(overviewAccess(me, { ...jemberCase, unitId: SURABAYA })).toEqual({
      identity: true,
      readNotes: true,
      writeNotes: true,
      print: true,
    });
  });

  it("Jember's head, a case manager only in Surabaya: reads and prints, but writes no notes and plans nothing", () => {
    const me = personWith([
      { role: "head", unitId: JEMBER, unitName: "Jember" },
      { role: "case_manager", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(isCaseWorker(me, jemberCase)).toBe(true);
    expect(overviewAccess(me, jemberCase)).toEqual({ identity: true, readNotes: true, writeNotes: false, print: true });
    expect(servicesAccess(me, jemberCase)).toMatchObject({ read: true, assess: false, plan: false, running: true });
  });

  it("the case's own case manager, also Jember's head: assesses and plans; a closed case takes no notes", () => {
    const me = personWith([
      { role: "case_manager", unitId: JEMBER, unitName: "Jember" },
      { role: "head", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    const mine = { ...jemberCase, caseManager: { id: ME_ID, displayName: "Nur Hidayati" } };
    expect(servicesAccess(me, mine)).toMatchObject({ read: true, assess: true, plan: true });
    // Another manager's case: overseeing Surabaya does not make them a worker of Jember's.
    expect(servicesAccess(me, jemberCase)).toMatchObject({ read: true, assess: false, plan: false });
    expect(overviewAccess(me, jemberCase).print).toBe(false);
    expect(overviewAccess(me, { ...mine, status: "closed" })).toMatchObject({ readNotes: true, writeNotes: false });
  });
});
