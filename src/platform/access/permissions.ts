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
  /** Correct other officers' intake work: withdraw a file another officer attached to a complaint by mistake. */
  "report.oversee",
  /** Enter a complaint from another channel (walk-in, phone, WhatsApp, letter, 112, ...) on the intake form. */
  "intake.create",
  /** Send a verification link to the victim or guardian. */
  "verification.send",
  /** Schedule outreach visits and record their outcome. */
  "outreach.manage",
  /** Reach the case endpoints; which cases is decided by the one visibility predicate (cases/visibility.ts). */
  "case.read",
  /** See every case of the unit: the approval queue, the board, case managers' caseloads. */
  "case.oversee",
  /** Send a case along the workflow; the transition table decides which moves the person's roles allow. */
  "case.transition",
  /** Read the identity of a case's client (a child's included); every read is audited. */
  "case.identity.read",
  /** Read a case's notes. */
  "case.note.read",
  /** Write case notes. */
  "case.note.write",
  /** Print a case file (PDF, full or the victim's copy); every print is audited. */
  "case.file.print",
  /** Ask and record informed consent and the termination form (links or in person), withdraw consent, revoke links. */
  "case.consent.manage",
  /** Write a case's assessments (drafts, finalise, re-assess) — the case's case manager or the unit's supervisor. */
  "case.assess",
  /** Write a case's service plan, its agreement, intervention status, the police-report deadline — case manager or supervisor. */
  "case.plan",
  /** Read a case's assessments, service plan, every intervention's sessions and the monitoring page. */
  "case.services.read",
  /** Record sessions of one's own interventions (providers; the case manager may record for the case's). */
  "intervention.record",
] as const;
export type Permission = (typeof PERMISSIONS)[number];
