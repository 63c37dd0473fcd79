// CSRF protection for every state-changing request: a double-submit token plus a same-origin check.
import crypto from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../platform/http/errors.js";

export const CSRF_COOKIE = "teduh_csrf";
export const CSRF_HEADER = "x-csrf-token";
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
/** Public pages (the report form, its status page, verification links) never get a cookie, even on a 404. */
const PUBLIC_PAGES = /^\/(lapor|v)(\/|\?|$)/;
/** Only the console and its API get the token cookie; anything else a browser asks for (a favicon, a stray path) does not. */
const STAFF_PATHS = /^\/(console|api)(\/|\?|$)/;

function isPublicForm(request: FastifyRequest): boolean {
  return (
    (request.routeOptions.config as { publicForm?: boolean } | undefined)?.publicForm === true || PUBLIC_PAGES.test(request.url)
  );
}

function issue(request: FastifyRequest, reply: FastifyReply): string {
  const token = crypto.randomBytes(24).toString("base64url");
  reply.setCookie(CSRF_COOKIE, token, { path: "/", sameSite: "strict", secure: request.protocol === "https", httpOnly: false });
  return token;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function registerCsrf(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    const cookie = request.cookies[CSRF_COOKIE];
    if (SAFE.has(request.method)) {
      if (isPublicForm(request) || !STAFF_PATHS.test(request.url)) return;
      request.csrfToken = cookie ?? issue(request, reply);
      return;
    }
    const fetchSite = request.headers["sec-fetch-site"];
    if (fetchSite === "cross-site") throw new AppError(403, "error.csrf");
    const origin = request.headers.origin;
    if (origin && origin !== "null") {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        throw new AppError(403, "error.csrf");
      }
      if (host !== request.headers.host) throw new AppError(403, "error.csrf");
    }
    // Public forms (/lapor, verification links) carry no session, so there is nothing to forge; they set no
    // cookie either (a cookie is a trace on a victim's phone). They keep the same-origin checks above.
    if (isPublicForm(request)) return;
    const header = request.headers[CSRF_HEADER];
    if (!cookie || typeof header !== "string" || !same(cookie, header)) throw new AppError(403, "error.csrf");
  });

  app.route({
    method: "GET",
    url: "/api/v1/csrf",
    config: { access: { public: true } },
    handler: async (request) => ({ token: request.csrfToken }),
  });
}

/** For tests and scripts: the cookie and header pair a client sends. */
export function csrfPair(token = "test-csrf-token"): { cookie: string; header: Record<string, string> } {
  return { cookie: `${CSRF_COOKIE}=${token}`, header: { [CSRF_HEADER]: token } };
}
