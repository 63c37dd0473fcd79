// The console's door to the cases contracts and the transition table's vocabularies (statuses, events, reasons).
export * from "../../../../modules/cases/contracts";
export {
  CASE_EVENTS,
  CASE_STATUSES,
  type CaseEvent,
  type CaseStatus,
  REJECTION_REASONS,
  TERMINATION_REASONS,
} from "../../../../modules/cases/transitions";
