// Removes from a gathered case file what the print mode must not show: other people's data (victim's copy) and a child's identity.
import type { CaseFile, Complaint, PrintMode, Text } from "./case-file-types.js";
import { initials } from "./child-identity.js";
import { servicesWithoutChildIdentity, victimServices } from "./redact-services.js";

/** Printed where a value was withheld. */
export const HIDDEN = "[disembunyikan]";

const hide = (value: Text): Text => (value ? HIDDEN : null);

/**
 * UU TPKS victim's copy: the reporter, the perpetrator's description and staff's internal text are other people's data;
 * what the services keep and lose is decided in redact-services.ts.
 */
function victimCopy(file: CaseFile): CaseFile {
  const c = file.complaint;
  const ownAccount = c.reporterRelation === "self";
  return {
    ...file,
    complaint: {
      ...c,
      reporterName: null,
      reporterPhone: null,
      safeTime: null,
      perpetrator: null,
      // A third party's account of the incident is theirs; the victim's own account stays.
      chronology: ownAccount ? c.chronology : null,
      details: { ...c.details, reporterAddress: null },
    },
    contactAttempts: file.contactAttempts.map((a) => ({ ...a, note: null })),
    outreachVisits: file.outreachVisits.map((v) => ({ ...v, notes: null })),
    timeline: file.timeline.map((e) => ({ ...e, comment: null })),
    notes: [],
    // A guardian is named by relationship only; the client's own words (withdrawal reason, feedback) stay.
    consents: file.consents.map((x) => ({ ...x, guardianName: null })),
    terminationForms: file.terminationForms.map((x) => ({ ...x, guardianName: null })),
    ...victimServices(file),
  };
}

/**
 * A child's case printed by someone not entitled (UU SPPA Pasal 19): the name becomes initials, and every other
 * identifying field and every free text (which may name the child) is withheld.
 */
function withoutChildIdentity(file: CaseFile): CaseFile {
  const c = file.complaint;
  const complaint: Complaint = {
    ...c,
    reporterName: hide(c.reporterName),
    reporterPhone: hide(c.reporterPhone),
    safeTime: hide(c.safeTime),
    victimName: initials(c.victimName) ?? HIDDEN,
    victimNik: hide(c.victimNik),
    victimBirthDate: hide(c.victimBirthDate),
    victimPhone: hide(c.victimPhone),
    incidentLocation: hide(c.incidentLocation),
    chronology: hide(c.chronology),
    perpetrator: hide(c.perpetrator),
    details: Object.fromEntries(Object.entries(c.details).map(([k, v]) => [k, hide(v)])) as Complaint["details"],
  };
  return {
    ...file,
    complaint,
    contactAttempts: file.contactAttempts.map((a) => ({ ...a, note: hide(a.note) })),
    outreachVisits: file.outreachVisits.map((v) => ({ ...v, notes: hide(v.notes) })),
    timeline: file.timeline.map((e) => ({ ...e, comment: hide(e.comment) })),
    notes: file.notes.map((n) => ({ ...n, content: hide(n.content) })),
    consents: file.consents.map((x) => ({
      ...x,
      guardianName: hide(x.guardianName),
      withdrawalReason: hide(x.withdrawalReason),
    })),
    terminationForms: file.terminationForms.map((x) => ({ ...x, guardianName: hide(x.guardianName) })),
    feedback: file.feedback.map((x) => ({ ...x, comments: hide(x.comments) })),
    ...servicesWithoutChildIdentity(file, hide),
  };
}

export function redactCaseFile(file: CaseFile, mode: PrintMode): CaseFile {
  const copy = mode.variant === "victim" ? victimCopy(file) : file;
  const isChild = file.facts.category === "child";
  return isChild && !mode.childIdentityShown ? withoutChildIdentity(copy) : copy;
}
