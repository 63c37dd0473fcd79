// The evidence file field of the report and reply forms: its limits said in the label and carried for the script's checks.
import { EVIDENCE_TYPES, type EvidenceLimits } from "../../../modules/reports/public/evidence-file.js";
import type { Lang } from "../../../platform/i18n/translate.js";
import { fieldName } from "./fields.js";
import { rawTextFor, textFor } from "./text.js";

/** Megabytes with one decimal at most, as the label says them. */
export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Label, error (already escaped HTML, or ""), `again` (files sent with a form that came back: choose them again, or "")
 * and the file input. The data attributes give the page's script the limits
 * and their messages, so that too many or too large files are refused when chosen, before minutes of upload on a slow
 * line; the server checks the same limits again.
 */
export function evidenceInput(lang: Lang, id: string, limits: EvidenceLimits, error: string, again = ""): string {
  const t = textFor(lang);
  const field = fieldName(rawTextFor(lang), "section_evidence");
  const mb = megabytes(limits.maxBytes);
  const invalid = error ? ` aria-invalid="true" aria-describedby="${id}-error"` : "";
  return `<label for="${id}">${t("evidence", { mb, files: limits.maxFiles })}</label>${error ? `<p class="err" id="${id}-error">${error}</p>` : ""}${again ? `<p class="err" id="files-again">${again}</p>` : ""}<input type="file" id="${id}" name="evidence" multiple accept="${EVIDENCE_TYPES.join(",")}" data-max-bytes="${limits.maxBytes}" data-max-files="${limits.maxFiles}" data-too-big="${t("err.evidence_size_each", { field, mb })}" data-too-many="${t("err.evidence_count_max", { field, files: limits.maxFiles })}"${invalid}>`;
}
