// Server messages (English) of the cases module; keys must match cases.id.ts.
import type { casesId } from "./cases.id.js";

export const casesEn: Record<keyof typeof casesId, string> = {
  "case.stale": "Someone else just changed this case. Reload and try again.",
  "case.event_not_allowed": "This action does not apply to the case's current status.",
  "case.forbidden": "Your role cannot take this action on this case.",
  "case.same_person": "An approval cannot be given by the person who asked for it.",
  "case.missing_field": "Fill in the {field} for this action.",
  "case.case_manager_invalid": "Choose a case manager who is active in this case's unit.",
  "case.case_manager_unchanged": "This case is already handled by that case manager.",
  "case.reason_invalid": "Choose a reason from the list.",
  "case.referral_partner_invalid": "The referral agency was not found or is not active in this unit.",
  "case.events_stream_only": "This address serves an event stream only (text/event-stream).",
  "case.field.caseManagerId": "case manager",
  "case.field.reason": "reason",
  "case.field.comment": "comment",
  "case.field.terminationForm": "termination form signed by the client or guardian",
};
