// Registers the public verification-link pages (the victim confirms or corrects their data after a code).
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../../platform/http/context.js";

export async function registerVerificationPages(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
