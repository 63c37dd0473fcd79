// Security headers: strict CSP with per-response nonces, HSTS only over TLS, no caching of API answers.
import crypto from "node:crypto";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";

export interface CspNonces {
  script: string;
  style: string;
}

declare module "fastify" {
  interface FastifyReply {
    /** This response's CSP nonces: an inline <script> or <style> runs only if it carries one. */
    cspNonce: CspNonces;
  }
}

/** 16 random bytes per nonce, read from the CSPRNG 4 KiB at a time: two fresh nonces per response cost no system call. */
let pool = Buffer.alloc(0);
let used = 0;
function freshNonce(): string {
  if (used + 16 > pool.length) {
    pool = crypto.randomFillSync(Buffer.allocUnsafe(4096));
    used = 0;
  }
  used += 16;
  return pool.toString("hex", used - 16, used);
}

/** The policy: only this origin, no plugins, no framing, inline script and style only with this response's nonce. */
const CSP_DIRECTIVES: [string, string][] = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'nonce-{script}'"],
  ["script-src-attr", "'none'"],
  ["style-src", "'self' 'nonce-{style}'"],
  ["style-src-attr", "'unsafe-inline'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
  ["frame-ancestors", "'none'"],
];
const [CSP_HEAD, CSP_MIDDLE, CSP_TAIL] = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`)
  .join(";")
  .split(/'nonce-\{(?:script|style)\}'/) as [string, string, string];
export const contentSecurityPolicy = (nonces: CspNonces): string =>
  `${CSP_HEAD}'nonce-${nonces.script}'${CSP_MIDDLE}'nonce-${nonces.style}'${CSP_TAIL}`;

/**
 * helmet's other headers, its middleware built once here; the CSP is written beside it from the table above with the
 * response's nonces. (@fastify/helmet rebuilt helmet and re-parsed the policy on every request: a tenth of a public
 * report's CPU time in the server, docs/benchmarks.md.)
 */
const headers = helmet({
  hsts: false,
  contentSecurityPolicy: false,
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: "no-referrer" },
});

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.decorateReply("cspNonce", null as unknown as CspNonces);
  app.addHook("onRequest", (request, reply, done) => {
    const nonces = { script: freshNonce(), style: freshNonce() };
    reply.cspNonce = nonces;
    reply.raw.setHeader("content-security-policy", contentSecurityPolicy(nonces));
    headers(request.raw, reply.raw, done as (error?: unknown) => void);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.protocol === "https") reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    return payload;
  });
}
