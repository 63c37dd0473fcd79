// Which of the consent work areas a user sees on a case page (the server decides; this only hides).
import type { MeT } from "../../contracts";
import { can, PERMISSIONS } from "../../lib/access";
import type { CaseDetailT } from "../contracts";

/** Those who ask for consent, and those who oversee the unit's cases, once the case has been opened (it has a register number). */
export function showsConsentTab(me: MeT | null | undefined, detail: CaseDetailT): boolean {
  const allowed = can(me, PERMISSIONS.caseConsentManage) || can(me, PERMISSIONS.caseOversee);
  return allowed && detail.registerNumber !== null;
}

/** The termination form matters once termination is approved, and afterwards where a form was recorded. */
export function showsTerminationTab(me: MeT | null | undefined, detail: CaseDetailT): boolean {
  const allowed = can(me, PERMISSIONS.caseConsentManage) || can(me, PERMISSIONS.caseOversee);
  const relevant =
    detail.status === "termination_approved" ||
    detail.timeline.some((e) => e.event === "complete_termination" || e.event === "termination_form_recorded");
  return allowed && relevant;
}
