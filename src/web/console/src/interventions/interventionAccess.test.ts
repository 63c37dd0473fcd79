// An intervention's page: its provider records sessions; the case's workers act only with the right in the case's unit.
import { describe, expect, it } from "vitest";
import type { MyInterventionT } from "../cases/services/contracts";
import { JEMBER, ME_ID, personWith, SURABAYA } from "../lib/people.fixture";
import { type CaseFacts, factsFromWorklist } from "./caseFacts";
import { interventionAccess } from "./interventionAccess";

const PROVIDER = "55555555-5555-4555-8555-555555555555";
const otherManager = { id: "44444444-4444-4444-8444-444444444444", displayName: "Agus Salim" };
const facts = (more: Partial<CaseFacts> = {}): CaseFacts => ({
  status: "open",
  registerNumber: "PPA-3509-2026-00001",
  caseManager: otherManager,
  unitId: JEMBER,
  linkToCase: true,
  ...more,
});

describe("an intervention in a case of Jember", () => {
  it("Jember's supervisor, a case manager only in Surabaya: steers it, records no session", () => {
    const me = personWith([
      { role: "supervisor", unitId: JEMBER, unitName: "Jember" },
      { role: "case_manager", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(interventionAccess(me, PROVIDER, facts())).toEqual({ holder: false, records: false, worker: true });
  });

  it("Jember's head, a supervisor only in Surabaya: neither steers nor records", () => {
    const me = personWith([
      { role: "head", unitId: JEMBER, unitName: "Jember" },
      { role: "supervisor", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    expect(interventionAccess(me, PROVIDER, facts())).toEqual({ holder: false, records: false, worker: false });
  });

  it("the case's own case manager records and steers; its provider records from the worklist", () => {
    const manager = personWith([{ role: "case_manager", unitId: JEMBER, unitName: "Jember" }]);
    const mine = facts({ caseManager: { id: ME_ID, displayName: "Nur Hidayati" } });
    expect(interventionAccess(manager, PROVIDER, mine)).toEqual({ holder: false, records: true, worker: true });
    expect(interventionAccess(manager, PROVIDER, { ...mine, status: "closed" }).records).toBe(false);
    const provider = personWith([{ role: "service_provider", unitId: JEMBER, unitName: "Jember" }]);
    const held = facts({ unitId: null, linkToCase: false });
    expect(interventionAccess(provider, ME_ID, held)).toEqual({ holder: true, records: true, worker: false });
  });

  it("its provider, also a supervisor only in Surabaya, opening it from the worklist: records, does not steer", () => {
    const provider = personWith([
      { role: "service_provider", unitId: JEMBER, unitName: "Jember" },
      { role: "supervisor", unitId: SURABAYA, unitName: "Surabaya" },
    ]);
    const held = factsFromWorklist({
      id: "66666666-6666-4666-8666-666666666666",
      unitId: JEMBER,
      caseStatus: "open",
      registerNumber: "PPA-3509-2026-00001",
      caseManager: otherManager,
    } as MyInterventionT);
    expect(held).toMatchObject({ unitId: JEMBER, linkToCase: false });
    expect(interventionAccess(provider, ME_ID, held)).toEqual({ holder: true, records: true, worker: false });
  });
});
