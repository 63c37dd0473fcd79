// Every permission in Teduh, as resource.action strings.
export const PERMISSIONS = [
  "unit.read",
  "unit.manage",
  "user.read",
  "user.manage",
  "settings.manage",
  "audit.read",
  /** See the unit's complaints (intake queue, a report's facts) without identity fields. */
  "report.read",
  /** Read the identity fields of a complaint (names, phone, NIK, birth date); every read is audited. */
  "report.identity.read",
  /** Work a complaint: contact attempts, messages to the reporter, decisions, submit for approval. */
  "report.handle",
  /** Enter a complaint from another channel (walk-in, phone, WhatsApp, letter, 112, ...) on the intake form. */
  "intake.create",
  /** Send a verification link to the victim or guardian. */
  "verification.send",
  /** Schedule outreach visits and record their outcome. */
  "outreach.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];
