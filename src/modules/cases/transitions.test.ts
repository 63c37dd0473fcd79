// The case transition table: walked row by row, and attacked with random event sequences that must keep its invariants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../platform/access/roles.js";
import {
  type Actor,
  allowedEvents,
  CASE_EVENTS,
  CASE_STATUSES,
  type CaseState,
  decide,
  type EventInput,
  TRANSITIONS,
  transitionFor,
} from "./transitions.js";

const INTAKE = "u-intake";
const SUPERVISOR = "u-supervisor";
const MANAGER = "u-manager";
const OTHER_MANAGER = "u-manager-2";

const full: EventInput = {
  caseManagerId: MANAGER,
  reason: "goals_met",
  comment: "Lengkapi asesmen.",
  terminationFormSigned: true,
};

function stateIn(status: CaseState["status"]): CaseState {
  const hasManager = status !== "awaiting_approval";
  return {
    status,
    caseManagerId: hasManager ? MANAGER : null,
    submittedBy: INTAKE,
    terminationRequestedBy: status === "termination_requested" ? MANAGER : null,
    terminationReason: status === "termination_requested" || status === "termination_approved" ? "goals_met" : null,
    closeReason: status === "closed" ? "goals_met" : null,
  };
}

function actorFor(roles: Role[], userId = SUPERVISOR): Actor {
  return { userId, roles };
}

describe("case transition table", () => {
  it("has one row per (from, event) and only known statuses and events", () => {
    const keys = TRANSITIONS.map((t) => `${t.from}:${t.event}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of TRANSITIONS) {
      expect(CASE_STATUSES).toContain(t.from);
      expect(CASE_STATUSES).toContain(t.to);
      expect(CASE_EVENTS).toContain(t.event);
    }
  });

  it("every status can be reached and left", () => {
    for (const status of CASE_STATUSES) {
      expect(
        TRANSITIONS.some((t) => t.from === status),
        `leave ${status}`,
      ).toBe(true);
      if (status !== "awaiting_approval")
        expect(
          TRANSITIONS.some((t) => t.to === status),
          `reach ${status}`,
        ).toBe(true);
    }
  });

  for (const t of TRANSITIONS) {
    describe(`${t.from} --${t.event}--> ${t.to}`, () => {
      const doer = t.relation === "case_manager_of_case" ? MANAGER : SUPERVISOR;
      it("is allowed to its roles with everything it requires", () => {
        const result = decide(stateIn(t.from), t.event, full, actorFor([...t.roles], doer));
        expect(result.ok && result.state.status).toBe(t.to);
      });
      it("is refused to every other role", () => {
        for (const role of ROLES.filter((r) => !t.roles.includes(r))) {
          const result = decide(stateIn(t.from), t.event, full, actorFor([role], doer));
          expect(result.ok ? "allowed" : result.refusal.code, role).toBe("case.forbidden");
        }
      });
      it.each(t.requires.map((r) => ({ r })))("is refused without $r", ({ r }) => {
        const input: EventInput = { ...full };
        if (r === "case_manager") delete input.caseManagerId;
        if (r === "reason") input.reason = "  ";
        if (r === "comment") delete input.comment;
        if (r === "termination_form") input.terminationFormSigned = false;
        const result = decide(stateIn(t.from), t.event, input, actorFor([...t.roles], doer));
        expect(result).toEqual({ ok: false, refusal: { code: "case.missing", field: r } });
      });
      if (t.notBy) {
        it(`is refused to the person recorded as ${t.notBy}`, () => {
          const state = { ...stateIn(t.from), [t.notBy as string]: SUPERVISOR };
          expect(decide(state, t.event, full, actorFor([...t.roles]))).toEqual({
            ok: false,
            refusal: { code: "case.same_person" },
          });
        });
      }
      if (t.relation === "case_manager_of_case") {
        it("is refused to a case manager who does not hold this case", () => {
          const result = decide(stateIn(t.from), t.event, full, actorFor(["case_manager"], OTHER_MANAGER));
          expect(result.ok ? "allowed" : result.refusal.code).toBe("case.forbidden");
        });
      }
    });
  }

  it("refuses every event the table does not list from a status", () => {
    for (const status of CASE_STATUSES) {
      for (const event of CASE_EVENTS.filter((e) => !transitionFor(status, e))) {
        const result = decide(stateIn(status), event, full, actorFor([...ROLES], SUPERVISOR));
        expect(result.ok ? "allowed" : result.refusal.code, `${status} ${event}`).toBe("case.event_not_allowed");
      }
    }
  });

  it("offers exactly the events that would succeed in principle", () => {
    expect(allowedEvents(stateIn("awaiting_approval"), actorFor(["supervisor"]))).toEqual(["approve", "reject"]);
    expect(allowedEvents(stateIn("awaiting_approval"), actorFor(["supervisor"], INTAKE))).toEqual([]);
    expect(allowedEvents(stateIn("open"), actorFor(["case_manager"], MANAGER))).toEqual(["request_termination"]);
    expect(allowedEvents(stateIn("open"), actorFor(["case_manager"], OTHER_MANAGER))).toEqual([]);
    expect(allowedEvents(stateIn("termination_requested"), actorFor(["supervisor"], MANAGER))).toEqual([]);
  });

  it("walks a whole case: approval, a termination sent back once, approved, completed, reopened", () => {
    const sup = actorFor(["supervisor"]);
    const mgr = actorFor(["case_manager"], MANAGER);
    let state = stateIn("awaiting_approval");
    const steps: [Actor, (typeof CASE_EVENTS)[number], EventInput][] = [
      [sup, "approve", { caseManagerId: MANAGER }],
      [mgr, "request_termination", { reason: "goals_met" }],
      [sup, "send_back_termination", { comment: "Tunggu hasil konseling terakhir." }],
      [mgr, "request_termination", { reason: "goals_met" }],
      [sup, "approve_termination", {}],
      [mgr, "complete_termination", { terminationFormSigned: true }],
      [sup, "reopen", { reason: "Klien kembali melapor.", caseManagerId: MANAGER }],
    ];
    const seen: string[] = [];
    for (const [actor, event, input] of steps) {
      const result = decide(state, event, input, actor);
      if (!result.ok) throw new Error(`${event}: ${result.refusal.code}`);
      state = result.state;
      seen.push(state.status);
    }
    expect(seen).toEqual([
      "open",
      "termination_requested",
      "open",
      "termination_requested",
      "termination_approved",
      "closed",
      "open",
    ]);
    expect(state.closeReason).toBeNull();
  });
});

describe("case invariants under random event sequences", () => {
  const people = [INTAKE, SUPERVISOR, MANAGER, OTHER_MANAGER];
  const step = fc.record({
    userId: fc.constantFrom(...people),
    roles: fc.subarray([...ROLES], { minLength: 1 }),
    event: fc.constantFrom(...CASE_EVENTS),
    input: fc.record(
      {
        caseManagerId: fc.constantFrom(MANAGER, OTHER_MANAGER),
        reason: fc.constantFrom("goals_met", "", "  ", "client_wish"),
        comment: fc.constantFrom("", "Perbaiki rencana."),
        terminationFormSigned: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  });

  it("no case is open without a case manager, none closed without a reason, no approval by the one who asked", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: CaseState = stateIn("awaiting_approval");
        for (const s of steps) {
          const before = state;
          const result = decide(state, s.event, s.input, { userId: s.userId, roles: s.roles });
          if (!result.ok) continue;
          state = result.state;
          const t = result.transition;
          expect(TRANSITIONS).toContain(t);
          if (t.notBy) expect(before[t.notBy]).not.toBe(s.userId);
          if (["open", "termination_requested", "termination_approved"].includes(state.status))
            expect(state.caseManagerId).not.toBeNull();
          if (state.status === "closed") expect(state.closeReason?.trim()).toBeTruthy();
          if (state.status === "termination_requested") expect(state.terminationRequestedBy).toBe(s.userId);
          if (t.relation === "case_manager_of_case") expect(before.caseManagerId).toBe(s.userId);
        }
      }),
      { numRuns: 500 },
    );
  });
});
