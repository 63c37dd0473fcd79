// Real-time fan-out to the console: one LISTEN per process (PGlite or PostgreSQL), Server-Sent Events to browsers.
// The stream itself is GET /api/v1/events (platform/realtime/events-route.ts, among the intake routes).
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../platform/http/context.js";
import { hubFor } from "../platform/realtime/hub.js";

export async function registerRealtime(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const hub = hubFor(ctx.database);
  app.addHook("onReady", async () => {
    await hub.start();
  });
  app.addHook("preClose", async () => {
    await hub.stop();
  });
}
