// THE case workflow: every status, every move, who may make it and what it requires. No other code writes a status.
import type { Role } from "../../platform/access/roles.js";

export const CASE_STATUSES = ["awaiting_approval", "open", "termination_requested", "termination_approved", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_EVENTS = [
  "approve",
  "reject",
  "reassign_case_manager",
  "request_termination",
  "send_back_termination",
  "approve_termination",
  "complete_termination",
  "reopen",
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

export const TERMINATION_REASONS = ["goals_met", "client_wish", "referred_out", "unreachable", "moved", "deceased"] as const;
export const REJECTION_REASONS = [
  "outside_criteria",
  "referred_elsewhere",
  "insufficient_information",
  "withdrawn",
  "other",
] as const;

/** What a case carries that the table reads and writes. */
export interface CaseState {
  status: CaseStatus;
  caseManagerId: string | null;
  /** Who sent the complaint for approval (the intake officer). */
  submittedBy: string;
  /** Who asked for termination, while a request is pending. */
  terminationRequestedBy: string | null;
  /** The reason given with the pending or approved termination request. */
  terminationReason: string | null;
  closeReason: string | null;
}

/** The command's input beside the event. */
export interface EventInput {
  caseManagerId?: string;
  reason?: string;
  comment?: string;
  /** complete_termination: the client's (or guardian's) termination form is signed and feedback given or declined. */
  terminationFormSigned?: boolean;
}

export interface Actor {
  userId: string;
  /** The actor's roles in the case's unit. */
  roles: readonly Role[];
}

type Relation = "any" | "case_manager_of_case";
type Requirement = "case_manager" | "reason" | "comment" | "termination_form";
/** The actor must not be the person recorded here: approvals are never by the one who asked. */
type Separation = "submittedBy" | "terminationRequestedBy";

export interface Transition {
  from: CaseStatus;
  event: CaseEvent;
  to: CaseStatus;
  roles: readonly Role[];
  relation: Relation;
  requires: readonly Requirement[];
  notBy?: Separation;
}

const SUPERVISING: readonly Role[] = ["supervisor", "head"];

export const TRANSITIONS: readonly Transition[] = [
  {
    from: "awaiting_approval",
    event: "approve",
    to: "open",
    roles: SUPERVISING,
    relation: "any",
    requires: ["case_manager"],
    notBy: "submittedBy",
  },
  {
    from: "awaiting_approval",
    event: "reject",
    to: "closed",
    roles: SUPERVISING,
    relation: "any",
    requires: ["reason"],
    notBy: "submittedBy",
  },
  { from: "open", event: "reassign_case_manager", to: "open", roles: SUPERVISING, relation: "any", requires: ["case_manager"] },
  {
    from: "open",
    event: "request_termination",
    to: "termination_requested",
    roles: ["case_manager"],
    relation: "case_manager_of_case",
    requires: ["reason"],
  },
  {
    from: "termination_requested",
    event: "send_back_termination",
    to: "open",
    roles: SUPERVISING,
    relation: "any",
    requires: ["comment"],
    notBy: "terminationRequestedBy",
  },
  {
    from: "termination_requested",
    event: "approve_termination",
    to: "termination_approved",
    roles: SUPERVISING,
    relation: "any",
    requires: [],
    notBy: "terminationRequestedBy",
  },
  {
    from: "termination_approved",
    event: "complete_termination",
    to: "closed",
    roles: ["case_manager"],
    relation: "case_manager_of_case",
    requires: ["termination_form"],
  },
  // Reopening a rejected complaint opens it like an approval: not by the one who submitted it either.
  {
    from: "closed",
    event: "reopen",
    to: "open",
    roles: SUPERVISING,
    relation: "any",
    requires: ["reason", "case_manager"],
    notBy: "submittedBy",
  },
];

export type Refusal =
  | { code: "case.event_not_allowed" }
  | { code: "case.forbidden" }
  | { code: "case.same_person" }
  | { code: "case.missing"; field: Requirement };

export type Outcome = { ok: true; state: CaseState; transition: Transition } | { ok: false; refusal: Refusal };

export function transitionFor(from: CaseStatus, event: CaseEvent): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.event === event);
}

function mayAct(t: Transition, state: CaseState, actor: Actor): boolean {
  if (!t.roles.some((r) => actor.roles.includes(r))) return false;
  return t.relation === "any" || state.caseManagerId === actor.userId;
}

function missing(t: Transition, input: EventInput): Requirement | undefined {
  return t.requires.find((r) => {
    if (r === "case_manager") return !input.caseManagerId;
    if (r === "reason") return !input.reason?.trim();
    if (r === "comment") return !input.comment?.trim();
    return input.terminationFormSigned !== true;
  });
}

function nextState(t: Transition, state: CaseState, input: EventInput, actor: Actor): CaseState {
  const next: CaseState = { ...state, status: t.to };
  if (t.requires.includes("case_manager")) next.caseManagerId = input.caseManagerId ?? null;
  switch (t.event) {
    case "request_termination":
      next.terminationRequestedBy = actor.userId;
      next.terminationReason = input.reason?.trim() ?? null;
      break;
    case "send_back_termination":
      next.terminationRequestedBy = null;
      next.terminationReason = null;
      break;
    case "approve_termination":
      next.terminationRequestedBy = null;
      break;
    case "complete_termination":
      next.closeReason = state.terminationReason;
      break;
    case "reject":
      next.closeReason = input.reason?.trim() ?? null;
      break;
    case "reopen":
      next.closeReason = null;
      next.terminationReason = null;
      break;
  }
  return next;
}

/** Decides a move: the new state, or why it is refused. Pure: the command writes the result and its audit event. */
export function decide(state: CaseState, event: CaseEvent, input: EventInput, actor: Actor): Outcome {
  const t = transitionFor(state.status, event);
  if (!t) return { ok: false, refusal: { code: "case.event_not_allowed" } };
  if (!mayAct(t, state, actor)) return { ok: false, refusal: { code: "case.forbidden" } };
  if (t.notBy && state[t.notBy] === actor.userId) return { ok: false, refusal: { code: "case.same_person" } };
  const lack = missing(t, input);
  if (lack) return { ok: false, refusal: { code: "case.missing", field: lack } };
  return { ok: true, state: nextState(t, state, input, actor), transition: t };
}

/** The events this actor may try now: the console shows exactly these buttons. */
export function allowedEvents(state: CaseState, actor: Actor): CaseEvent[] {
  return TRANSITIONS.filter(
    (t) => t.from === state.status && mayAct(t, state, actor) && !(t.notBy && state[t.notBy] === actor.userId),
  ).map((t) => t.event);
}
