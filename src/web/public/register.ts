// Registers the public, server-rendered pages (/lapor, /lapor/status, verification links): no framework, no cookies.
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/http/context.js";

export async function registerPublicPages(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
