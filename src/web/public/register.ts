// Registers the public, server-rendered pages (/lapor, /lapor/status, verification links): no framework, no cookies.
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/http/context.js";
import { registerClientLinkPages } from "./client-links/register.js";
import { registerReportPages } from "./lapor/register.js";
import { registerVerificationPages } from "./verify/register.js";

export async function registerPublicPages(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await registerVerificationPages(app, ctx);
  await registerReportPages(app, ctx);
  await registerClientLinkPages(app, ctx);
}
