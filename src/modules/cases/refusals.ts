// Turns the transition table's refusals into translated HTTP errors: 409 wrong status, 403 not theirs, 400 naming the missing field.
import { AppError } from "../../platform/http/errors.js";
import { type Lang, translate } from "../../platform/i18n/translate.js";
import type { Refusal } from "./transitions.js";

/** The request field behind each requirement of the table. */
const FIELD = {
  case_manager: "caseManagerId",
  reason: "reason",
  comment: "comment",
  termination_form: "terminationForm",
} as const;

export function refusalError(refusal: Refusal, lang: Lang): AppError {
  switch (refusal.code) {
    case "case.event_not_allowed":
      return new AppError(409, "case.event_not_allowed");
    case "case.forbidden":
      return new AppError(403, "case.forbidden");
    case "case.same_person":
      return new AppError(403, "case.same_person");
    case "case.missing": {
      const path = FIELD[refusal.field];
      return new AppError(400, "case.missing_field", { field: translate(lang, `case.field.${path}`) }, [{ path, message: "" }]);
    }
  }
}

/** A field the table accepted but whose value is wrong (an unknown reason, a case manager of another unit). */
export function invalidField(
  key: "case.case_manager_invalid" | "case.case_manager_unchanged" | "case.reason_invalid" | "case.referral_partner_invalid",
  path: string,
) {
  return new AppError(400, key, {}, [{ path, message: "" }]);
}
