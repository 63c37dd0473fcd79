// Builds the Fastify application: plugins, security, language, API modules, console, health and OpenAPI.

import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import type { AppContext } from "../platform/http/context.js";
import type { AnyRoute } from "../platform/http/route.js";
import { guardRouteRegistration } from "../platform/http/route.js";
import { pickLanguage } from "../platform/i18n/translate.js";
import { registerPublicPages } from "../web/public/register.js";
import { registerApiRoutes } from "./api.js";
import { registerConsole } from "./console-files.js";
import { registerCsrf } from "./csrf.js";
import { registerErrorHandling } from "./errors.js";
import { buildLogger } from "./logger.js";
import { buildOpenApi } from "./openapi.js";
import { registerRealtime } from "./realtime.js";
import { apiRoutes } from "./routes.js";
import { registerSecurityHeaders } from "./security-headers.js";

export interface BuildOptions {
  logger?: boolean;
  /** Extra routes (tests use this to prove undeclared routes are refused). */
  routes?: AnyRoute[];
  /** Where logs go (tests read them); standard output by default. */
  logDestination?: DestinationStream;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const base = { trustProxy: ctx.config.trustProxy, bodyLimit: 256 * 1024 };
  const app = (options.logger === false
    ? Fastify({ ...base, logger: false })
    : Fastify({
        ...base,
        loggerInstance: buildLogger(ctx.config.logLevel, options.logDestination),
      })) as unknown as FastifyInstance;
  guardRouteRegistration(app);
  app.decorateRequest("lang", "id");
  app.decorateRequest("actorId", undefined);
  app.decorateRequest("csrfToken", undefined);
  await app.register(cookie);
  app.addHook("onRequest", async (request) => {
    request.lang = pickLanguage(request.cookies.teduh_lang, request.headers["accept-language"]);
  });
  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  await app.register(compress, { global: true, threshold: 1024 });
  registerCsrf(app);

  const routes = [...apiRoutes, ...(options.routes ?? [])];
  registerApiRoutes(app, ctx, routes);
  const openApi = buildOpenApi(routes);
  app.route({ method: "GET", url: "/api/openapi.json", config: { access: { public: true } }, handler: async () => openApi });
  app.route({
    method: "GET",
    url: "/healthz",
    config: { access: { public: true } },
    handler: async (_request, reply) => {
      try {
        await ctx.database.db.execute(sql`SELECT 1`);
        return { status: "ok", database: ctx.database.kind };
      } catch {
        return reply.code(503).send({ status: "unavailable" });
      }
    },
  });
  await registerRealtime(app, ctx);
  await registerPublicPages(app, ctx);
  registerConsole(app, ctx.config.consoleDir);
  return app;
}
