// The report form (/lapor): danger first, then reporter, victim, what happened, evidence; errors listed at the top with links.
import {
  CONTACT_METHODS,
  INCIDENT_PLACES,
  PERPETRATOR_RELATIONSHIPS,
  REPORT_CATEGORIES,
  REPORTER_RELATIONS,
  SEXES,
  VIOLENCE_TYPES,
} from "../../../modules/reports/categories.js";
import { FIELD_ORDER, type FieldErrors, MAX, type PublicField } from "../../../modules/reports/public/contracts.js";
import type { EvidenceLimits } from "../../../modules/reports/public/evidence-file.js";
import { listDistricts, listProvinces, listRegencies } from "../../../modules/reports/regions/regions.js";
import type { Lang } from "../../../platform/i18n/translate.js";
import { escapeHtml } from "../verify/page-layout.js";
import { evidenceInput } from "./evidence-input.js";
import { choiceField, type FieldCtx, fieldName, selectField, textField, type Values } from "./fields.js";
import { hrefFor, type PublicKey, rawTextFor, retryText, textFor } from "./text.js";

/** The label of each field, for the error list at the top. */
const LABELS: Record<PublicField, PublicKey> = {
  idempotencyKey: "title",
  inDanger: "in_danger",
  category: "category",
  reporterRelation: "reporter_relation",
  reporterName: "reporter_name",
  contactMethod: "contact_method",
  reporterPhone: "reporter_phone",
  safeTime: "safe_time",
  victimName: "victim_name",
  victimAge: "victim_age",
  victimBirthDate: "victim_birth_date",
  victimSex: "victim_sex",
  victimDisability: "disability",
  victimDisabilityType: "disability_type",
  provinceCode: "province",
  regencyCode: "regency",
  districtCode: "district",
  violenceTypes: "violence_types",
  incidentPlace: "incident_place",
  incidentDate: "incident_date",
  incidentLocation: "incident_location",
  chronology: "chronology",
  perpetrator: "perpetrator",
  perpetratorRelationship: "perpetrator_relationship",
  evidence: "section_evidence",
};

function errorSummary(c: FieldCtx, errors: FieldErrors): string {
  const fields = FIELD_ORDER.filter((f) => errors[f]);
  if (fields.length === 0) return "";
  const items = fields
    .map((f) => `<li><a href="#${f}">${c.t(`err.${errors[f]}` as PublicKey, { field: fieldName(c.raw, LABELS[f]) })}</a></li>`)
    .join("");
  return `<div id="errors" role="alert" tabindex="-1" class="sos"><p>${c.t("fix_errors")}</p><ul>${items}</ul></div>`;
}

const one = (v: Values, k: string) => [v[k] ?? ""].flat()[0] ?? "";

function regionFields(c: FieldCtx): string {
  const province = one(c.values, "provinceCode");
  const regency = one(c.values, "regencyCode");
  const opts = (rows: { code: string; name: string }[]) => rows.map((r) => ({ value: r.code, label: r.name }));
  return `${selectField(c, "provinceCode", "province", opts(listProvinces()), { required: true })}
${selectField(c, "regencyCode", "regency", opts(listRegencies(province)))}
${selectField(c, "districtCode", "district", opts(regency.startsWith(province) ? listDistricts(regency) : []))}
<button type="submit" id="choose-region" class="sec" name="step" value="region" formaction="#provinceCode" formnovalidate>${c.t("choose_region")}</button>`;
}

export interface FormPageInput {
  lang: Lang;
  values: Values;
  errors: FieldErrors;
  idempotencyKey: string;
  evidence: EvidenceLimits;
  /**
   * Why a sent report was not stored, when the form comes back as it was sent to be sent again: it could not be stored
   * (not_sent), the address is over its limit (limited_form), or no unit is active to receive it (closed_form).
   */
  notice?: "not_sent" | "limited_form" | "closed_form";
  /** With limited_form: the seconds until the address may send again. */
  retrySeconds?: number;
  /** Files that came with the form sent: a file input comes back empty, so the page asks for them again. */
  filesSent?: number;
}

/** Said first, in the place the script focuses. */
const noticeBox = (c: FieldCtx, key: PublicKey, wait: string) =>
  `<div id="errors" role="alert" tabindex="-1" class="sos"><p>${c.t(key)}</p>${wait ? `<p>${wait}</p>` : ""}</div>`;

export function formPage(input: FormPageInput): string {
  const { lang, values, errors, idempotencyKey, evidence, notice, retrySeconds, filesSent = 0 } = input;
  const c: FieldCtx = { t: textFor(lang), raw: rawTextFor(lang), values, errors };
  const t = c.t;
  return `<h1>${t("heading")}</h1><p>${t("intro")}</p>${notice ? noticeBox(c, notice, retrySeconds === undefined ? "" : retryText(lang, retrySeconds)) : errorSummary(c, errors)}
<form method="post" action="${hrefFor("/lapor", lang)}" enctype="multipart/form-data" autocomplete="off" data-required="${t("check_required")}" data-choose="${t("check_choose")}" data-invalid="${t("check_invalid")}">
<input type="hidden" name="idempotencyKey" value="${escapeHtml(idempotencyKey)}">
<fieldset><legend>${t("section_danger")}</legend>
${choiceField(c, "inDanger", "in_danger", ["yes", "no"], (v) => (v === "yes" ? "yes" : "no"), { required: true })}</fieldset>
<fieldset><legend>${t("section_category")}</legend>
${choiceField(c, "category", "category", REPORT_CATEGORIES, (v) => `category.${v}` as PublicKey, { required: true })}</fieldset>
<fieldset><legend>${t("section_reporter")}</legend>
${selectField(
  c,
  "reporterRelation",
  "reporter_relation",
  REPORTER_RELATIONS.map((v) => ({ value: v, label: c.raw(`relation.${v}` as PublicKey) })),
  { required: true },
)}
${textField(c, "reporterName", "reporter_name", { max: MAX.name })}
${choiceField(c, "contactMethod", "contact_method", CONTACT_METHODS, (v) => `contact.${v}` as PublicKey, { required: true })}
${textField(c, "reporterPhone", "reporter_phone", { type: "tel", max: MAX.phone, extra: ' inputmode="tel"' })}
${textField(c, "safeTime", "safe_time", { max: MAX.safeTime })}</fieldset>
<fieldset><legend>${t("section_victim")}</legend>
${textField(c, "victimName", "victim_name", { max: MAX.name, required: true })}
${textField(c, "victimAge", "victim_age", { type: "number", extra: ' min="0" max="120" inputmode="numeric"' })}
${textField(c, "victimBirthDate", "victim_birth_date", { type: "date" })}
${choiceField(c, "victimSex", "victim_sex", SEXES, (v) => `sex.${v}` as PublicKey)}
${choiceField(c, "victimDisability", "disability", ["yes", "no"], (v) => (v === "yes" ? "yes" : "no"))}
${textField(c, "victimDisabilityType", "disability_type", { max: MAX.disabilityType })}
${regionFields(c)}</fieldset>
<fieldset><legend>${t("section_incident")}</legend>
${choiceField(c, "violenceTypes", "violence_types", VIOLENCE_TYPES, (v) => `violence.${v}` as PublicKey, { multiple: true })}
${selectField(
  c,
  "incidentPlace",
  "incident_place",
  INCIDENT_PLACES.map((v) => ({ value: v, label: c.raw(`place.${v}` as PublicKey) })),
)}
${textField(c, "incidentDate", "incident_date", { type: "date" })}
${textField(c, "incidentLocation", "incident_location", { max: MAX.location })}
${textField(c, "chronology", "chronology", { area: true, max: MAX.chronology, required: true })}
${textField(c, "perpetrator", "perpetrator", { area: true, max: MAX.perpetrator })}
${selectField(
  c,
  "perpetratorRelationship",
  "perpetrator_relationship",
  PERPETRATOR_RELATIONSHIPS.map((v) => ({ value: v, label: c.raw(`rel.${v}` as PublicKey) })),
)}</fieldset>
<fieldset><legend>${t("section_evidence")}</legend>
${evidenceInput(
  lang,
  "evidence",
  evidence,
  errors.evidence ? t(`err.${errors.evidence}` as PublicKey, { field: fieldName(c.raw, "section_evidence") }) : "",
  filesSent > 0 && !errors.evidence ? t("evidence_again") : "",
)}</fieldset>
<button type="submit">${t("submit")}</button></form>
<p><a href="${hrefFor("/lapor/status", lang)}">${t("status_link")}</a></p>`;
}
