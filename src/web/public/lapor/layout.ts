// Page shell of /lapor and /lapor/status: neutral title, emergency box, quick exit (button, Escape), language link, nonce'd CSS/JS.
import type { Lang } from "../../../platform/i18n/translate.js";
import { escapeHtml, NEUTRAL_SITE } from "../verify/page-layout.js";
import { FORM_SCRIPT } from "./form-script.js";
import { hrefFor, textFor } from "./text.js";

export interface Nonces {
  script: string;
  style: string;
}

const CSS = `*{box-sizing:border-box}html{scroll-padding-top:7rem}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2933;background:#f7f7f5}
header{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:8px 12px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0}
main{max-width:36rem;margin:0 auto;padding:12px 16px;overflow-wrap:anywhere}h1{font-size:1.3rem;margin:.5rem 0}h2{font-size:1.1rem;margin:0 0 .5rem}
fieldset{border:1px solid #ccc;border-radius:8px;margin:1rem 0;padding:.5rem 1rem 1rem;background:#fff}legend{font-weight:700;padding:0 .3rem}
label,.q{display:block;font-weight:600;margin:.8rem 0 .2rem}.opt label{display:inline;font-weight:400;margin:0 .8rem 0 .3rem}
input,select,textarea{width:100%;padding:.5rem;font:inherit;border:1px solid #888;border-radius:6px}textarea{min-height:8rem}
input[type=radio],input[type=checkbox]{width:auto}.secret{-webkit-text-security:disc}.opt{margin:.3rem 0}
button{padding:.7rem 1rem;font:inherit;border-radius:6px;border:0;background:#2f6f5e;color:#fff;margin:.8rem .5rem 0 0;cursor:pointer}
button.sec{background:#e4ece9;color:#1f2933}.exit{background:#b3261e;color:#fff;padding:.45rem .8rem;border-radius:6px;text-decoration:none;font-weight:700}
.sos{border:2px solid #b3261e;border-radius:8px;padding:.5rem 1rem;background:#fff4f2;margin:.5rem 0}.sos a{font-weight:700;color:#b3261e;margin-right:1rem}
.sos.big{font-size:1.15rem}.err{color:#b3261e;margin:.2rem 0}[aria-invalid=true]{border-color:#b3261e}.note{color:#555;font-size:.9rem}
.code{font:700 1.5rem monospace;letter-spacing:.1em;display:inline-block;white-space:nowrap}a{color:#2f6f5e}.msg{border-left:3px solid #2f6f5e;padding:.2rem .6rem;margin:.5rem 0;background:#fff}`;

/** The page script and the quick exit's target, made once. */
const SCRIPT = FORM_SCRIPT(NEUTRAL_SITE);
const EXIT_HREF = escapeHtml(NEUTRAL_SITE);

/** The emergency numbers: always visible at the top; bigger when someone is in danger. */
export function emergencyBox(lang: Lang, urgent: boolean): string {
  const t = textFor(lang);
  return `<div class="sos${urgent ? " big" : ""}" id="sos" role="${urgent ? "alert" : "note"}"><p>${t("emergency")}</p>
<p><a href="tel:112">${t("call_112")}</a><a href="tel:129">${t("call_129")}</a></p></div>`;
}

/**
 * The whole page; `body` is already escaped HTML; `path` is this page (for the language link, GET pages only): a page
 * without it answers a POST (code and PIN, the messages), which the script keeps out of the browser's history.
 */
export function renderLapor(lang: Lang, nonces: Nonces, body: string, path: string | null, urgent = false): string {
  const t = textFor(lang);
  const other = lang === "id" ? "en" : "id";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">
<title>${t("title")}</title><style nonce="${escapeHtml(nonces.style)}">${CSS}</style></head>
<body><header><a id="quick-exit" class="exit" href="${EXIT_HREF}" rel="noreferrer">${t("quick_exit")}</a>
${path ? `<a href="${escapeHtml(hrefFor(path, other))}" lang="${other}">${t("switch_language")}</a>` : ""}</header>
<main${path ? "" : " data-posted"} data-sending="${t("sending")}" data-offline="${t("offline")}">${emergencyBox(lang, urgent)}${body}<p class="note" id="exit-hint" data-js="${t("quick_exit_hint")}">${t("quick_exit_hint_plain")}</p></main>
<script nonce="${escapeHtml(nonces.script)}">${SCRIPT}</script></body></html>`;
}
