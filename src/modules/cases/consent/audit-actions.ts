// Audit event names of informed consent, client links and the termination form (the closing move itself is case.termination_completed).
export const CONSENT_AUDIT_ACTIONS = [
  "client_link.created",
  "client_link.revoked",
  "client_link.sent",
  "client_link.opened",
  "client_link.code_failed",
  "consent.recorded",
  "consent.withdrawn",
  "termination.form_recorded",
] as const;
