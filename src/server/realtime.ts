// Real-time fan-out to the console: one LISTEN per process on PostgreSQL, Server-Sent Events to browsers.
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../platform/http/context.js";

export async function registerRealtime(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
