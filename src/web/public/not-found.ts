// Addresses no route answers, outside the API: a public page typed with a capital or a trailing slash is sent to the
// page itself, anything else gets a plain page with the quick exit and a link to the report form instead of JSON.
import type { FastifyReply, FastifyRequest } from "fastify";
import { messagePage } from "./lapor/result-pages.js";
import { sendPage } from "./lapor/send-page.js";
import { laporLang } from "./lapor/text.js";

/** The public pages a person may type: a phone writes "Lapor" with a capital, a shared link may end in "/". */
const PAGES = new Set(["/lapor", "/lapor/status"]);

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
  const lang = laporLang(request.query);
  return sendPage(request, reply, lang, 404, messagePage(lang, "not_found_heading", "not_found_text", true), null);
}
