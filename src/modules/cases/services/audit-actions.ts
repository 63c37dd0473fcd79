// Audit event names of case services: assessments, the service plan, interventions and their sessions, the police-report deadline.
export const SERVICES_AUDIT_ACTIONS = [
  "assessment.created",
  "assessment.saved",
  "assessment.finalised",
  "service_plan.saved",
  "service_plan.agreed",
  "intervention.status_changed",
  "intervention.session_recorded",
  "intervention.attachment_added",
  "intervention.attachment_read",
  "police_report.met",
  "police_report.waived",
] as const;
