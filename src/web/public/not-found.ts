// Addresses no route answers, outside the API: a public page typed with a capital or a trailing slash is sent to the
// page itself, a link's address gone wrong (/v/…, /s/…) the links' neutral "not valid" page, anything else a plain page with
// the quick exit and a link to the report form instead of JSON.
import type { FastifyReply, FastifyRequest } from "fastify";
import { messagePage } from "./lapor/result-pages.js";
import { sendPage } from "./lapor/send-page.js";
import { laporLang } from "./lapor/text.js";
import { pageLang } from "./verify/i18n.js";
import { sendLinkPage } from "./verify/page-layout.js";
import { messagePage as linkMessagePage } from "./verify/pages.js";

/** The public pages a person may type: a phone writes "Lapor" with a capital, a shared link may end in "/". */
const PAGES = new Set(["/lapor", "/lapor/status"]);
/**
 * Verification and client links go to a victim's phone: a form's address opened from the history (/v/<token>/confirm), or
 * a link with a slash or a capital added, must show nothing of the report site (its hotlines say what the unit is for).
 */
const LINK_PAGES = /^\/(v|s)\//i;

export function publicNotFound(request: FastifyRequest, reply: FastifyReply) {
  const at = request.url.indexOf("?");
  const path = at < 0 ? request.url : request.url.slice(0, at);
  const page = path.toLowerCase().replace(/\/+$/, "");
  if ((request.method === "GET" || request.method === "HEAD") && PAGES.has(page)) {
    // The query (?lang=en) goes along if it is plain printable ASCII, as every address typed into a browser is.
    const query = at < 0 ? "" : request.url.slice(at);
    const location = /^\?[\x21-\x7e]*$/.test(query) ? `${page}${query}` : page;
    // Not cached: a redirect kept by the browser would be a trace of the visit.
    return reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer").redirect(location, 302);
  }
  if (LINK_PAGES.test(path)) {
    const lang = pageLang(request.query);
    const base = path[1]?.toLowerCase() === "s" ? "/s" : "/v";
    return sendLinkPage(request, reply, {
      lang,
      status: 404,
      body: linkMessagePage(lang, "invalidHeading", "invalidText"),
      base,
    });
  }
  const lang = laporLang(request.query);
  return sendPage(request, reply, lang, 404, messagePage(lang, "not_found_heading", "not_found_text", true), null);
}
