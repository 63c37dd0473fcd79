// Security headers: strict CSP with per-response nonces, HSTS only over TLS, no caching of API answers.
import crypto from "node:crypto";
import type { ServerResponse } from "node:http";
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

/** Where the nonces wait for helmet's directive functions, which see only the raw response. */
const NONCES = Symbol("teduh.cspNonces");
type WithNonces = ServerResponse & { [NONCES]?: CspNonces };
const nonceOf = (res: ServerResponse, kind: keyof CspNonces) => `'nonce-${(res as WithNonces)[NONCES]?.[kind] ?? ""}'`;

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

/**
 * helmet's middleware is built once, here; the CSP's nonce sources are helmet's own per-response directive functions.
 * (@fastify/helmet rebuilt the whole middleware and re-parsed the policy on every request: a tenth of a public report's
 * CPU time in the server, docs/benchmarks.md.)
 */
const headers = helmet({
  hsts: false,
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", (_req, res) => nonceOf(res, "script")],
      styleSrc: ["'self'", (_req, res) => nonceOf(res, "style")],
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: "no-referrer" },
});

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.decorateReply("cspNonce", null as unknown as CspNonces);
  app.addHook("onRequest", (request, reply, done) => {
    const nonces = { script: freshNonce(), style: freshNonce() };
    reply.cspNonce = nonces;
    (reply.raw as WithNonces)[NONCES] = nonces;
    headers(request.raw, reply.raw, done as (error?: unknown) => void);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.protocol === "https") reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    return payload;
  });
}
