// The client-link pages' bodies: the code form and the consent or termination form; every value escaped, no case details.
import type { ClientFormContent } from "../../../modules/cases/consent/client-form-content.js";
import { GUARDIAN_RELATIONSHIPS, SURVEY_QUESTIONS } from "../../../modules/cases/consent/contracts.js";
import type { FormErrors } from "../../../modules/cases/consent/read-client-form.js";
import { type PageKey, type PageLang, pageText } from "../verify/i18n.js";
import { escapeHtml } from "../verify/page-layout.js";
import { type ClientPageKey, clientText } from "./i18n.js";

/** The form action for a link, keeping the language. */
export function clientAction(token: string, lang: PageLang, suffix = ""): string {
  return `/s/${encodeURIComponent(token)}${suffix}${lang === "en" ? "?lang=en" : ""}`;
}

export function clientCodePage(
  lang: PageLang,
  token: string,
  message: PageKey | null,
  params: Record<string, number> = {},
): string {
  const v = (k: PageKey, p?: Record<string, number>) => escapeHtml(pageText(lang, k, p));
  return `<h1>${v("codeHeading")}</h1><p>${v("codeIntro")}</p>
<form method="post" action="${escapeHtml(clientAction(token, lang))}" autocomplete="off">
<label for="code">${v("codeLabel")}</label>
${message ? `<p class="err" id="code-error" role="alert">${v(message, params)}</p>` : ""}
<input class="code" id="code" name="code" inputmode="numeric" pattern="[0-9 ]*" maxlength="8" required autocomplete="one-time-code"${message ? ' aria-describedby="code-error" aria-invalid="true"' : ""} autofocus>
<div><button type="submit">${v("codeSubmit")}</button></div></form>`;
}

type T = (key: ClientPageKey) => string;

function error(t: T, errors: FormErrors, name: string): string {
  const e = errors[name];
  return e ? `<p class="err" id="${name}-error">${t(e)}</p>` : "";
}

function guardianFields(t: T, form: URLSearchParams, errors: FormErrors): string {
  const chosen = form.get("guardianRelationship") ?? "";
  const options = GUARDIAN_RELATIONSHIPS.map(
    (r) => `<option value="${r}"${chosen === r ? " selected" : ""}>${t(`rel_${r}` as ClientPageKey)}</option>`,
  ).join("");
  return `<p>${t("guardianIntro")}</p>
<label for="guardianName">${t("guardianName")}</label>${error(t, errors, "guardianName")}
<input id="guardianName" name="guardianName" maxlength="200" required autocomplete="off" value="${escapeHtml(form.get("guardianName") ?? "")}">
<label for="guardianRelationship">${t("guardianRelationship")}</label>${error(t, errors, "guardianRelationship")}
<select id="guardianRelationship" name="guardianRelationship" required><option value="">${t("choose")}</option>${options}</select>`;
}

function signatureFields(t: T, form: URLSearchParams, errors: FormErrors): string {
  return `<h2>${t("signatureHeading")}</h2>
<label for="signatureName">${t("signatureName")}</label>${error(t, errors, "signatureName")}
<input id="signatureName" name="signatureName" maxlength="200" autocomplete="off" value="${escapeHtml(form.get("signatureName") ?? "")}">
<input type="hidden" id="signatureDrawn" name="signatureDrawn" value="">
<div id="sig-box" hidden><p>${t("signatureDraw")}</p>
<canvas id="sig-pad" width="300" height="120" style="border:1px solid #888;border-radius:6px;background:#fff;touch-action:none;max-width:100%"></canvas>
<div><button type="button" class="secondary" id="sig-clear">${t("signatureClear")}</button></div></div>`;
}

function consentFields(t: T, content: ClientFormContent, form: URLSearchParams): string {
  return content.purposes
    .map(
      (p) => `<section><h2>${escapeHtml(p.title)}</h2><p>${escapeHtml(p.body)}</p>
<label><input type="checkbox" name="agree_${p.purpose}" value="yes" style="width:auto"${form.get(`agree_${p.purpose}`) === "yes" ? " checked" : ""}> ${t("agree")}</label></section>`,
    )
    .join("");
}

function surveyFields(t: T, form: URLSearchParams, errors: FormErrors): string {
  const questions = SURVEY_QUESTIONS.map((q) => {
    const radios = [1, 2, 3, 4, 5]
      .map(
        (n) =>
          `<label style="display:inline-block;margin-right:.8rem;font-weight:400"><input type="radio" name="${q}" value="${n}" style="width:auto"${form.get(q) === String(n) ? " checked" : ""}> ${n}</label>`,
      )
      .join("");
    return `<fieldset style="border:0;padding:0;margin:.8rem 0"><legend>${t(q)}</legend>${error(t, errors, q)}${radios}</fieldset>`;
  }).join("");
  return `<h2>${t("surveyHeading")}</h2><p class="note">${t("surveyIntro")}</p>${questions}
<label for="comments">${t("comments")}</label>${error(t, errors, "comments")}
<textarea id="comments" name="comments" maxlength="4000" rows="4" style="width:100%">${escapeHtml(form.get("comments") ?? "")}</textarea>
<label><input type="checkbox" name="declineSurvey" value="yes" style="width:auto"${form.get("declineSurvey") === "yes" ? " checked" : ""}> ${t("declineSurvey")}</label>`;
}

export function clientFormPage(
  lang: PageLang,
  token: string,
  content: ClientFormContent,
  proof: string,
  form = new URLSearchParams(),
  errors: FormErrors = {},
): string {
  const t: T = (key) => escapeHtml(clientText(lang, key));
  const heading =
    content.kind === "consent"
      ? `<h1>${t("consentHeading")}</h1><p>${t("consentIntro")}</p>`
      : `<h1>${escapeHtml(content.termination?.title)}</h1><p>${escapeHtml(content.termination?.body)}</p>`;
  return `${heading}${Object.keys(errors).length ? `<p class="err" role="alert">${t("fixErrors")}</p>` : ""}
<form method="post" id="client-form" action="${escapeHtml(clientAction(token, lang, "/submit"))}" autocomplete="off">
<input type="hidden" name="proof" value="${escapeHtml(proof)}">
${content.kind === "consent" ? consentFields(t, content, form) : surveyFields(t, form, errors)}
${content.guardian ? guardianFields(t, form, errors) : ""}
${signatureFields(t, form, errors)}
<div><button type="submit">${t("submit")}</button></div></form>`;
}
