// The consent and termination tabs, and their buttons, follow the person's roles in the case's unit.
import { describe, expect, it } from "vitest";
import { JEMBER, personWith, SURABAYA } from "../../lib/people.fixture";
import type { CaseDetailT } from "../contracts";
import { managesConsent, showsConsentTab, showsTerminationTab } from "./visibility";

const jemberCase = (status: CaseDetailT["status"]) =>
  ({ unitId: JEMBER, status, registerNumber: "PPA-3509-2026-00001", timeline: [] }) as unknown as CaseDetailT;

describe("consent on a case of Jember", () => {
  it("Jember's head, a case manager only in Surabaya: sees the tabs, manages nothing", () => {
    const me = personWith([
      { role: "head", unitId: JEMBER, unitName: "Jember" },
      { role: "case_manager", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(showsConsentTab(me, jemberCase("open"))).toBe(true);
    expect(showsTerminationTab(me, jemberCase("termination_approved"))).toBe(true);
    expect(managesConsent(me, jemberCase("open"))).toBe(false);
    expect(managesConsent(me, { unitId: SURABAYA })).toBe(true);
  });

  it("the officer who sent it, a supervisor only in Surabaya: no consent tabs", () => {
    const me = personWith([
      { role: "intake_officer", unitId: JEMBER, unitName: "Jember" },
      { role: "supervisor", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(showsConsentTab(me, jemberCase("open"))).toBe(false);
    expect(showsTerminationTab(me, jemberCase("termination_approved"))).toBe(false);
    expect(managesConsent(me, jemberCase("open"))).toBe(false);
  });
});
