// A small page shell for the link pages (verification /v/, client links /s/): neutral title, quick exit (button and Escape), language switch, nonce'd CSS/JS.
import type { FastifyReply, FastifyRequest } from "fastify";
import { SIGNATURE_SCRIPT } from "../client-links/signature-script.js";
import { ONE_ENTRY_SCRIPT } from "../one-entry-script.js";
import { type PageLang, pageText } from "./i18n.js";

/** Where the quick exit goes: an ordinary, harmless site. */
export const NEUTRAL_SITE = "https://www.google.com/search?q=resep+masakan";

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2933;background:#f7f7f5}
header{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:8px 12px;background:#fff;border-bottom:1px solid #ddd}
main{max-width:32rem;margin:0 auto;padding:16px}h1{font-size:1.35rem;margin:.5rem 0 1rem}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}input{width:100%;padding:.6rem;font-size:1rem;border:1px solid #888;border-radius:6px}
input.code{letter-spacing:.4em;font-size:1.4rem;max-width:12rem}button{padding:.7rem 1rem;font-size:1rem;border-radius:6px;border:0;background:#2f6f5e;color:#fff;margin:1rem .5rem 0 0;cursor:pointer}
button.secondary{background:#e4ece9;color:#1f2933}.exit{background:#b3261e;color:#fff;padding:.45rem .8rem;border-radius:6px;text-decoration:none;font-weight:700}
.err{color:#b3261e;margin:.25rem 0}.note{color:#555;font-size:.9rem}a{color:#2f6f5e}`;

/** Quick exit (button, Escape), the client form's signature pad, and the visit kept in one history entry (ONE_ENTRY_SCRIPT). */
const SCRIPT = `(function(){var d=document,u=${JSON.stringify(NEUTRAL_SITE)};function go(e){if(e)e.preventDefault();try{d.body.innerHTML="";}catch(x){}location.replace(u);}
d.addEventListener("keydown",function(e){if(e.key==="Escape"||e.key==="Esc")go(e);});
${SIGNATURE_SCRIPT}
function init(){var b=d.getElementById("quick-exit");if(b)b.addEventListener("click",go);sig();}init();
${ONE_ENTRY_SCRIPT}})();`;

export interface Nonces {
  script: string;
  style: string;
}

/** The whole page; `body` is already escaped HTML. `switchHref` is this page in the other language. */
export function renderPage(lang: PageLang, nonces: Nonces, body: string, switchHref: string | null): string {
  const t = (k: Parameters<typeof pageText>[1]) => escapeHtml(pageText(lang, k));
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">
<title>${t("title")}</title><style nonce="${escapeHtml(nonces.style)}">${CSS}</style></head>
<body><header><a id="quick-exit" class="exit" href="${escapeHtml(NEUTRAL_SITE)}" rel="noreferrer">${t("quickExit")}</a>
${switchHref ? `<a href="${escapeHtml(switchHref)}" lang="${lang === "id" ? "en" : "id"}">${t("switchLanguage")}</a>` : ""}</header>
<main data-sending="${t("sending")}" data-offline="${t("offline")}">${body}<p class="note">${t("quickExitHint")}</p></main>
<script nonce="${escapeHtml(nonces.script)}">${SCRIPT}</script></body></html>`;
}

/** The CSP nonces the security headers gave this reply. */
export const noncesOf = (reply: FastifyReply): Nonces =>
  (reply as unknown as { cspNonce?: Nonces }).cspNonce ?? { script: "", style: "" };

/**
 * Answers with a link page (verification /v/, client links /s/): no-store, not indexed, the CSP nonces of this reply,
 * and on a GET of a token's page a switch to the same page in the other language.
 */
export function sendLinkPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: { lang: PageLang; status: number; body: string; base: "/v" | "/s"; token?: string },
) {
  const other = page.lang === "id" ? "en" : "id";
  const switchHref =
    request.method === "GET" && page.token !== undefined
      ? `${page.base}/${encodeURIComponent(page.token)}${other === "en" ? "?lang=en" : ""}`
      : null;
  return reply
    .code(page.status)
    .header("cache-control", "no-store")
    .header("x-robots-tag", "noindex, nofollow")
    .type("text/html; charset=utf-8")
    .send(renderPage(page.lang, noncesOf(reply), page.body, switchHref));
}
