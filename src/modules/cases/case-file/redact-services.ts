// What the victim's copy and a child's masked file keep of the services: assessments, plan, sessions, police report.
import type { CaseFile, Text } from "./case-file-types.js";

type Services = Pick<CaseFile, "assessments" | "plan" | "interventions" | "policeReport">;

/**
 * Assessment sections about the victim themself. The others describe other people by their purpose: social and family
 * (relatives and the people around the victim), legal (the perpetrator and the proceedings against them), safety and
 * risk (the perpetrator's whereabouts and access, threats, where the victim is kept safe — which must not reach a
 * perpetrator who gets hold of the copy).
 */
export const VICTIMS_OWN_SECTIONS: ReadonlySet<string> = new Set([
  "physicalHealth",
  "psychological",
  "spiritual",
  "needsExpectations",
]);

/**
 * The victim's copy (UU 12/2022 TPKS: the victim's right to information on the whole handling and to its documents,
 * with other people's data removed). Kept: what the unit did for the victim — the finalised assessments' own
 * sections and risk level, the whole service plan and its agreement, every session's date, what was done, its result
 * and who recorded it, the police-report deadline. Removed as providers' internal notes or other people's data:
 * - the draft assessment: a working text, not yet a record of the handling;
 * - the assessment sections outside VICTIMS_OWN_SECTIONS;
 * - a session's follow-up plan: the provider's working note for the team about next steps (coordination with the
 *   police or other agencies, people still to be contacted, safety measures), not a service delivered;
 * - attachment names (the count stays): free text chosen by staff that may name others (a witness statement, the
 *   perpetrator's summons); the documents themselves are never in the file.
 */
export function victimServices(file: CaseFile): Services {
  return {
    assessments: file.assessments
      .filter((a) => a.status === "final")
      .map((a) => ({ ...a, sections: a.sections.filter((s) => VICTIMS_OWN_SECTIONS.has(s.section)) })),
    plan: file.plan,
    interventions: file.interventions.map((i) => ({
      ...i,
      sessions: i.sessions.map((s) => ({ ...s, followUp: null, attachments: s.attachments.map(() => null) })),
    })),
    policeReport: file.policeReport,
  };
}

/** A child's file for a printer not entitled to the identity: every free text of the services is withheld. */
export function servicesWithoutChildIdentity(file: CaseFile, hide: (value: Text) => Text): Services {
  const p = file.policeReport;
  return {
    assessments: file.assessments.map((a) => ({
      ...a,
      sections: a.sections.map((s) => ({ ...s, text: hide(s.text) })),
    })),
    plan: file.plan,
    interventions: file.interventions.map((i) => ({
      ...i,
      goal: hide(i.goal),
      sessions: i.sessions.map((s) => ({
        ...s,
        whatWasDone: hide(s.whatWasDone),
        result: hide(s.result),
        followUp: hide(s.followUp),
        attachments: s.attachments.map(() => null),
      })),
    })),
    policeReport: p ? { ...p, reference: hide(p.reference), waiveReason: hide(p.waiveReason) } : null,
  };
}
