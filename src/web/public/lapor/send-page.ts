// Sends a public page: the report pages' layout (quick exit, emergency numbers) and headers that leave no trace.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Lang } from "../../../platform/i18n/translate.js";
import { renderLapor } from "./layout.js";

/** `path` is the page's own address for the language switch (GET only); `urgent` puts 112 and 129 first. */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
  status: number,
  body: string,
  path: string | null,
  urgent = false,
) {
  const nonce = (reply as unknown as { cspNonce?: { script: string; style: string } }).cspNonce ?? { script: "", style: "" };
  return reply
    .code(status)
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-robots-tag", "noindex, nofollow")
    .type("text/html; charset=utf-8")
    .send(renderLapor(lang, nonce, body, request.method === "GET" ? path : null, urgent));
}
