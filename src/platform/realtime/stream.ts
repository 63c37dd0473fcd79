// Serves one Server-Sent Events stream: the process hub's events that concern the user, heartbeats while the session lives.
import { sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "../../modules/people/sessions.js";
import { hashToken } from "../crypto/tokens.js";
import type { AppContext } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { MessageKey } from "../i18n/translate.js";
import { hubFor } from "./hub.js";
import type { RealtimeEvent } from "./publish.js";

const HEARTBEAT_MS = 25_000;

/** Whether the session behind a stream is still alive, without touching its idle clock. */
async function sessionAlive(ctx: AppContext, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const result = await ctx.database.db.execute(sql`
    SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${hashToken(token)} AND s.expires_at > now() AND NOT u.disabled
      AND s.last_seen_at > now() - make_interval(mins => ${ctx.config.sessionIdleMinutes})`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}

/** Only ids, types and the small facts of the event; nothing else crosses to the browser. */
export function streamLine(event: RealtimeEvent): string {
  const data = { type: event.type, unitId: event.unitId, id: event.id ?? null, data: event.data ?? {} };
  return `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Answers `request` with an event stream of the events `concerns` lets through; ends when the client goes, the hub
 * stops, or the session expires. A request that does not accept text/event-stream gets 406 with `notStreamKey`.
 */
export async function streamEvents(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  concerns: (event: RealtimeEvent) => boolean,
  notStreamKey: MessageKey,
): Promise<void> {
  if (!String(request.headers.accept ?? "").includes("text/event-stream")) throw new AppError(406, notStreamKey);
  const hub = hubFor(ctx.database);
  await hub.start();
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  raw.write(`retry: 3000\n: connected\n\n`);
  const unsubscribe = hub.subscribe(
    (event) => {
      if (concerns(event)) raw.write(streamLine(event));
    },
    () => raw.end(),
  );
  const token = request.cookies[SESSION_COOKIE];
  const heartbeat = setInterval(() => {
    void sessionAlive(ctx, token)
      .then((alive) => (alive ? raw.write(": heartbeat\n\n") : raw.end()))
      .catch(() => raw.end());
  }, HEARTBEAT_MS);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.raw.on("close", close);
  raw.on("close", close);
}
