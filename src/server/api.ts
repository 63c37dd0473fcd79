// Registers declared routes: rate limit, then access (session, stage, permission), then input validation.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { z } from "zod";
import { loadSession, SESSION_COOKIE } from "../modules/people/sessions.js";
import type { Actor } from "../platform/access/actor.js";
import { can } from "../platform/access/actor.js";
import type { AppContext } from "../platform/http/context.js";
import { AppError } from "../platform/http/errors.js";
import { hitRateLimit } from "../platform/http/rate-limit.js";
import type { Access, AnyRoute } from "../platform/http/route.js";
import { translateIssues } from "../platform/http/zod-errors.js";

export const API_PREFIX = "/api/v1";

async function authorize(ctx: AppContext, access: Access, request: FastifyRequest): Promise<Actor | null> {
  if ("public" in access) return null;
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await loadSession(ctx, token) : null;
  if (!session) throw new AppError(401, "error.unauthenticated");
  const actor: Actor = {
    userId: session.userId,
    sessionHash: session.tokenHash,
    stage: session.stage,
    grants: session.grants,
    lang: request.lang,
  };
  request.actorId = session.userId;
  const partial = "authenticated" in access ? (access.partialSessions ?? []) : [];
  if (session.stage !== "full" && !partial.includes(session.stage)) {
    throw new AppError(403, session.stage === "totp_pending" ? "error.totp_pending" : "error.mfa_enrolment_required");
  }
  if ("permission" in access && !can(actor, access.permission)) throw new AppError(403, "error.forbidden");
  return actor;
}

function parse(schema: z.ZodType | undefined, input: unknown, request: FastifyRequest): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields = translateIssues(request.lang, result.error, input);
  throw new AppError(400, "error.validation", { fields: fields.map((f) => f.message).join("; ") }, fields);
}

export function registerApiRoutes(app: FastifyInstance, ctx: AppContext, routes: AnyRoute[]): void {
  for (const def of routes) {
    /** The caller, checked once: before the body is read on a route that takes a large one, else in the handler. */
    const callers = new WeakMap<FastifyRequest, Awaited<ReturnType<typeof authorize>>>();
    const caller = async (request: FastifyRequest) => {
      if (callers.has(request)) return callers.get(request);
      if (def.rateLimit) {
        const { name, max, windowSeconds } = def.rateLimit;
        await hitRateLimit(ctx.database, `${name}:${request.ip}`, max, windowSeconds);
      }
      const actor = await authorize(ctx, def.access, request);
      callers.set(request, actor);
      return actor;
    };
    app.route({
      method: def.method,
      url: `${API_PREFIX}${def.path}`,
      config: { access: def.access },
      ...(def.bodyLimit
        ? {
            bodyLimit: def.bodyLimit(ctx),
            onRequest: async (request: FastifyRequest) => {
              await caller(request);
            },
          }
        : {}),
      handler: async (request, reply) => {
        const actor = await caller(request);
        const params = parse(def.params, request.params, request);
        const query = parse(def.query, request.query, request);
        const body = parse(def.body, request.body, request);
        const result = await def.handler({ body, query, params, actor: actor as Actor, ctx, request, reply });
        // A handler that took the reply over (an event stream) answers by itself.
        if (reply.sent) return reply;
        if (def.status === 204) return reply.code(204).send();
        return reply.code(def.status ?? 200).send(result);
      },
    });
  }
}
