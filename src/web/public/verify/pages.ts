// The verification pages' bodies: code form, details form, thank-you and neutral refusals; every value escaped.
import type { DetailErrors, VictimDetails } from "../../../modules/reports/verification/victim-details.js";
import { type PageKey, type PageLang, pageText } from "./i18n.js";
import { escapeHtml } from "./page-layout.js";

type T = (key: PageKey, params?: Record<string, string | number>) => string;
const tr =
  (lang: PageLang): T =>
  (key, params) =>
    escapeHtml(pageText(lang, key, params));

/** The form action for a link, keeping the language. */
export function actionFor(token: string, lang: PageLang, suffix = ""): string {
  return `/v/${encodeURIComponent(token)}${suffix}${lang === "en" ? "?lang=en" : ""}`;
}

export function codePage(lang: PageLang, token: string, message: PageKey | null, params: Record<string, number> = {}): string {
  const t = tr(lang);
  return `<h1>${t("codeHeading")}</h1><p>${t("codeIntro")}</p>
<form method="post" action="${escapeHtml(actionFor(token, lang))}" autocomplete="off">
<label for="code">${t("codeLabel")}</label>
${message ? `<p class="err" id="code-error" role="alert">${t(message, params)}</p>` : ""}
<input class="code" id="code" name="code" inputmode="numeric" pattern="[0-9 ]*" maxlength="8" required autocomplete="one-time-code"${message ? ' aria-describedby="code-error" aria-invalid="true"' : ""} autofocus>
<div><button type="submit">${t("codeSubmit")}</button></div></form>`;
}

function field(t: T, name: keyof VictimDetails, value: string | null, error: string | undefined, type = "text"): string {
  const describedBy = error ? ` aria-describedby="${name}-error" aria-invalid="true"` : "";
  return `<label for="${name}">${t(name)}</label>${error ? `<p class="err" id="${name}-error">${t(error as PageKey)}</p>` : ""}
<input id="${name}" name="${name}" type="${type}" value="${escapeHtml(value ?? "")}"${describedBy}${name === "name" ? " required" : ""} autocomplete="off">`;
}

export function detailsPage(
  lang: PageLang,
  token: string,
  details: VictimDetails,
  proof: string,
  errors: DetailErrors = {},
  showNik = details.nik !== null,
  /** The answer could not be stored: the form comes back as sent, to send again. */
  notSaved = false,
): string {
  const t = tr(lang);
  const hasErrors = Object.keys(errors).length > 0;
  const alert = notSaved ? t("notSaved") : hasErrors ? t("fixErrors") : null;
  return `<h1>${t("detailsHeading")}</h1><p>${t("detailsIntro")}</p>
${alert ? `<p class="err" role="alert">${alert}</p>` : ""}
<form method="post" action="${escapeHtml(actionFor(token, lang, "/confirm"))}" autocomplete="off">
<input type="hidden" name="proof" value="${escapeHtml(proof)}">
${field(t, "name", details.name, errors.name)}
${field(t, "birthDate", details.birthDate, errors.birthDate)}
${field(t, "phone", details.phone, errors.phone, "tel")}
${showNik ? field(t, "nik", details.nik, errors.nik) : ""}
<div><button type="submit" name="action" value="correct">${t("correct")}</button>
<button type="submit" name="action" value="confirm" class="secondary">${t("confirm")}</button></div></form>`;
}

export function messagePage(lang: PageLang, heading: PageKey, text: PageKey): string {
  const t = tr(lang);
  return `<h1>${t(heading)}</h1><p>${t(text)}</p>`;
}

/** Too many attempts from this address, and how long to wait: the whole minutes left in its window, rounded up. */
export function limitedPage(lang: PageLang, retrySeconds: number): string {
  const t = tr(lang);
  const count = Math.max(1, Math.ceil(retrySeconds / 60));
  const one = new Intl.PluralRules(lang).select(count) === "one";
  return `<h1>${t("limitedHeading")}</h1><p>${t("limitedText")} ${t(one ? "retryOne" : "retryOther", { count })}</p>`;
}
