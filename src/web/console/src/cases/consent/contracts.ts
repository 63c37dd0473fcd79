// The console's door to the consent, client-link, termination-form and case-file contracts of the cases module.
export * from "../../../../../modules/cases/case-file/contracts";
export { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../../modules/cases/consent/consent-texts";
export * from "../../../../../modules/cases/consent/contracts";
export { VERIFICATION_CHANNELS } from "../../../../../modules/reports/verification/contracts";

/** The statuses in which consent may be asked or recorded (the server's CONSENT_STATUSES in consent-case.ts). */
export const CONSENT_STATUSES: readonly string[] = ["open", "termination_requested", "termination_approved"];
