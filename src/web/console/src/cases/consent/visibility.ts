// Which of the consent work areas a user sees on a case page, by their roles in the case's unit (the server decides; this only hides).
import type { MeT } from "../../contracts";
import { canIn, PERMISSIONS } from "../../lib/access";
import type { CaseDetailT } from "../contracts";

/** Asks for consent, records and withdraws it, manages the client's links: case.consent.manage in the case's unit. */
export function managesConsent(me: MeT | null | undefined, detail: Pick<CaseDetailT, "unitId">): boolean {
  return canIn(me, PERMISSIONS.caseConsentManage, detail.unitId);
}

/** Those who ask for consent, and those who oversee the case's unit. */
function seesConsent(me: MeT | null | undefined, detail: CaseDetailT): boolean {
  return managesConsent(me, detail) || canIn(me, PERMISSIONS.caseOversee, detail.unitId);
}

/** Once the case has been opened (it has a register number). */
export function showsConsentTab(me: MeT | null | undefined, detail: CaseDetailT): boolean {
  return seesConsent(me, detail) && detail.registerNumber !== null;
}

/** The termination form matters once termination is approved, and afterwards where a form was recorded. */
export function showsTerminationTab(me: MeT | null | undefined, detail: CaseDetailT): boolean {
  const relevant =
    detail.status === "termination_approved" ||
    detail.timeline.some((e) => e.event === "complete_termination" || e.event === "termination_form_recorded");
  return seesConsent(me, detail) && relevant;
}
