// Audit event names of the cases module: one per workflow event, plus case creation, identity and evidence reads, and notes.
import type { CaseEvent } from "./transitions.js";

export const CASE_EVENT_AUDIT_ACTIONS = {
  approve: "case.approved",
  reject: "case.rejected",
  reassign_case_manager: "case.case_manager_reassigned",
  request_termination: "case.termination_requested",
  send_back_termination: "case.termination_sent_back",
  approve_termination: "case.termination_approved",
  complete_termination: "case.termination_completed",
  reopen: "case.reopened",
} as const satisfies Record<CaseEvent, string>;

export const CASE_AUDIT_ACTIONS = [
  "case.opened_for_approval",
  ...Object.values(CASE_EVENT_AUDIT_ACTIONS),
  "case.identity_read",
  "case.evidence_read",
  "case.note_added",
] as const;
