// Checks a public report form: the zod contract, then rules across fields (age and category, region, phone) and files.

import type { z } from "zod";
import { ageOn, latestDay } from "../intake/intake-values.js";
import { regionProblem } from "../regions/regions.js";
import {
  type FieldErrorKind,
  type FieldErrors,
  type PublicField,
  PublicReportForm,
  type PublicReportFormT,
} from "./contracts.js";
import { type EvidenceFile, type EvidenceLimits, evidenceProblem } from "./evidence-file.js";

export type FormValues = Record<string, string | string[]>;
export type CheckedForm = { ok: true; form: PublicReportFormT } | { ok: false; errors: FieldErrors };

/** An age out of its range (140) is not "too long" (the age is the form's only number); a text over its limit is. */
function kindOf(issue: z.core.$ZodIssue): FieldErrorKind {
  const range = issue.code === "too_big" || issue.code === "too_small";
  if (range && issue.origin === "number") return "age_range";
  return issue.code === "too_big" ? "too_long" : "invalid";
}

function zodErrors(values: FormValues): FieldErrors | PublicReportFormT {
  const input = { ...values, violenceTypes: [values.violenceTypes ?? []].flat() };
  const parsed = PublicReportForm.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "") as PublicField;
    if (!field || errors[field]) continue;
    const raw = values[field];
    const empty = raw === undefined || raw === "" || (Array.isArray(raw) && raw.length === 0);
    errors[field] = empty ? "required" : kindOf(issue);
  }
  return errors;
}

const str = (values: FormValues, key: string): string => [values[key] ?? ""].flat()[0] ?? "";

/** Rules across fields, on the raw values, so they are reported together with the contract's errors. */
function crossFieldErrors(values: FormValues, errors: FieldErrors): void {
  const latest = latestDay();
  const birth = str(values, "victimBirthDate");
  let validBirth = /^\d{4}-\d{2}-\d{2}$/.test(birth) && !errors.victimBirthDate;
  if (validBirth && birth > latest) errors.victimBirthDate = "future";
  else if (validBirth && ageOn(birth) > 120) errors.victimBirthDate = "invalid";
  validBirth &&= !errors.victimBirthDate;
  const incident = str(values, "incidentDate");
  if (/^\d{4}-\d{2}-\d{2}$/.test(incident) && !errors.incidentDate && incident > latest) errors.incidentDate = "future";
  const ageText = str(values, "victimAge");
  const given = /^\d{1,3}$/.test(ageText) ? Number(ageText) : null;
  // Both given and a year or more apart: which one is right is for the reporter to say.
  if (validBirth && given !== null && Math.abs(ageOn(birth) - given) > 1) errors.victimAge ??= "age_birth";
  const age = validBirth ? ageOn(birth) : given;
  const category = str(values, "category");
  if (age !== null && age >= 0 && (category === "child" || category === "woman") && (category === "child") !== age < 18) {
    errors.category ??= "category_age";
  }
  const province = str(values, "provinceCode");
  const regency = str(values, "regencyCode") || null;
  const district = str(values, "districtCode") || null;
  const wrongRegion = /^\d{2}$/.test(province) ? regionProblem(province, regency, district) : null;
  if (wrongRegion) errors[wrongRegion] ??= "region";
  if (
    (str(values, "contactMethod") === "phone" || str(values, "contactMethod") === "whatsapp") &&
    !str(values, "reporterPhone").trim()
  ) {
    errors.reporterPhone ??= "phone_needed";
  }
}

export function checkReportForm(values: FormValues, files: EvidenceFile[], limits: EvidenceLimits): CheckedForm {
  const result = zodErrors(values);
  const form = "idempotencyKey" in result ? (result as PublicReportFormT) : null;
  const errors: FieldErrors = form ? {} : (result as FieldErrors);
  crossFieldErrors(values, errors);
  const problem = evidenceProblem(files, limits);
  if (problem) errors.evidence = problem;
  if (Object.keys(errors).length > 0 || !form) return { ok: false, errors };
  return { ok: true, form };
}
