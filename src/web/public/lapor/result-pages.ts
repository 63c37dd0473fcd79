// Bodies of the pages after sending (tracking code and PIN once), of refusals, and of /lapor/status (code+PIN form, stage, thread).
import type { EvidenceLimits } from "../../../modules/reports/public/evidence-file.js";
import type { ReportStatusView } from "../../../modules/reports/public/open-report-status.js";
import { TIME_ZONE_NAMES } from "../../../platform/access/roles.js";
import type { Lang } from "../../../platform/i18n/translate.js";
import { escapeHtml } from "../verify/page-layout.js";
import { evidenceInput } from "./evidence-input.js";
import { hrefFor, type PublicKey, retryText, textFor } from "./text.js";

export function donePage(lang: Lang, trackingCode: string, pin: string | null, inDanger: boolean): string {
  const t = textFor(lang);
  return `${inDanger ? `<p class="err"><strong>${t("done_danger")}</strong></p>` : ""}<h1>${t("done_heading")}</h1>
<p>${t("tracking_code")}: <span class="code" id="tracking-code">${escapeHtml(trackingCode)}</span></p>
${pin ? `<p>${t("pin")}: <span class="code" id="pin">${escapeHtml(pin)}</span></p><p><strong>${t("pin_once")}</strong></p>` : `<p>${t("pin_replayed")}</p>`}
<p>${t("next_steps")}</p><p>${t("status_hint")}</p><p><a href="${hrefFor("/lapor/status", lang)}">${t("status_link")}</a></p>`;
}

export function messagePage(
  lang: Lang,
  heading: PublicKey,
  text: PublicKey,
  withFormLink = false,
  retrySeconds: number | null = null,
): string {
  const t = textFor(lang);
  const wait = retrySeconds === null ? "" : ` ${retryText(lang, retrySeconds)}`;
  return `<h1>${t(heading)}</h1><p>${t(text)}${wait}</p>${withFormLink ? `<p><a href="${hrefFor("/lapor", lang)}">${t("open_form")}</a></p>` : ""}`;
}

export function statusFormPage(lang: Lang, message: PublicKey | null, code = "", retrySeconds: number | null = null): string {
  const t = textFor(lang);
  const wait = retrySeconds === null ? "" : ` ${retryText(lang, retrySeconds)}`;
  const err = message ? ' aria-describedby="status-error" aria-invalid="true"' : "";
  return `<h1>${t("status_heading")}</h1><p>${t("status_intro")}</p>
${message ? `<p class="err" id="status-error" role="alert">${t(message)}${wait}</p>` : ""}
<form method="post" action="${hrefFor("/lapor/status", lang)}" autocomplete="off">
<label for="trackingCode">${t("tracking_code")}</label><input id="trackingCode" name="trackingCode" maxlength="20" required autocomplete="off" autocapitalize="characters" value="${escapeHtml(code)}"${err}>
<label for="pin">${t("pin")}</label><input id="pin" name="pin" class="secret" inputmode="numeric" maxlength="8" required autocomplete="off" autocorrect="off" spellcheck="false"${err}>
<button type="submit">${t("status_open")}</button></form>`;
}

/** "7 Des 2026, 13.55 WIB": the unit's time, with its zone (the reporter may live in another). */
function when(date: Date, lang: Lang, timeZone: string): string {
  const time = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", { dateStyle: "medium", timeStyle: "short", timeZone });
  return `${time.format(date)} ${TIME_ZONE_NAMES[timeZone] ?? timeZone}`;
}

export function statusPage(
  lang: Lang,
  view: ReportStatusView,
  evidence: EvidenceLimits,
  notice: PublicKey | null = null,
): string {
  const t = textFor(lang);
  const thread = view.messages.length
    ? view.messages
        .map(
          (m) =>
            `<div class="msg"><p class="note">${t(m.fromUnit ? "from_unit" : "from_you")} · ${escapeHtml(when(m.createdAt, lang, view.timeZone))}</p><p>${escapeHtml(m.body)}</p></div>`,
        )
        .join("")
    : `<p>${t("no_messages")}</p>`;
  return `<h1>${t("status_heading")}</h1>${notice ? `<p role="status">${t(notice)}</p>` : ""}
<p>${t("tracking_code")}: <span class="code">${escapeHtml(view.trackingCode)}</span></p>
<p>${t("stage")}: <strong id="stage">${t(`stage.${view.stage}` as PublicKey)}</strong></p>
<h2>${t("messages")}</h2>${thread}
${replyForm(lang, view.trackingCode, view.proof, evidence)}`;
}

/** The reporter's reply to the unit, carrying the signed proof of a correct PIN, with files if they have more evidence. */
/** What was wrong with a reply sent back: its text or its files (already escaped text). */
export interface ReplyErrors {
  body?: string;
  file?: string;
}

function replyForm(
  lang: Lang,
  trackingCode: string,
  proof: string,
  evidence: EvidenceLimits,
  body = "",
  errors: ReplyErrors = {},
  filesSent = 0,
): string {
  const t = textFor(lang);
  const fileError = errors.file ?? "";
  const again = filesSent > 0 && !fileError ? t("evidence_again") : "";
  const bodyInvalid = errors.body ? ' aria-invalid="true" aria-describedby="body-error"' : "";
  return `<form method="post" action="${hrefFor("/lapor/status/reply", lang)}" enctype="multipart/form-data" autocomplete="off">
<input type="hidden" name="trackingCode" value="${escapeHtml(trackingCode)}"><input type="hidden" name="proof" value="${escapeHtml(proof)}">
<label for="body">${t("reply")}</label>${errors.body ? `<p class="err" id="body-error">${errors.body}</p>` : ""}<textarea id="body" name="body" maxlength="4000" required autocomplete="off"${bodyInvalid}>${escapeHtml(body)}</textarea>
${evidenceInput(lang, "reply-evidence", evidence, fileError, again)}
<button type="submit">${t("send_reply")}</button></form>`;
}

/**
 * A reply that was not stored: the reply form again with what was written, to send again (files are chosen again). Why:
 * it could not be stored (reply_not_sent), its text was empty or too long, or its files were refused (`errors`).
 */
export function replyNotSentPage(
  lang: Lang,
  trackingCode: string,
  proof: string,
  body: string,
  evidence: EvidenceLimits,
  errors: ReplyErrors = {},
  /** Files that came with the reply: a file input comes back empty, so the page asks for them again. */
  filesSent = 0,
): string {
  const t = textFor(lang);
  const why = errors.file ? t("reply_files_refused") : errors.body ? t("reply_fix") : t("reply_not_sent");
  return `<h1>${t("status_heading")}</h1><p class="err" role="alert">${why}</p>
${replyForm(lang, trackingCode, proof, evidence, body, errors, filesSent)}`;
}
