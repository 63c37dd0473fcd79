// Staff sessions: stored in the database (hash of the cookie token), with idle timeout and absolute lifetime.
import { and, eq, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Grant } from "../../platform/access/actor.js";
import { hashToken, newToken } from "../../platform/crypto/tokens.js";
import type { Tx } from "../../platform/db/connection.js";
import type { AppContext } from "../../platform/http/context.js";
import { sessions } from "./schema.js";

export const SESSION_COOKIE = "teduh_session";
export type SessionStage = "full" | "totp_pending" | "enrolment_only";
/** A password-accepted session waiting for the second factor lives this long. */
const TOTP_PENDING_MINUTES = 5;
/**
 * last_seen_at is written at most this often, to keep reads cheap; never less often than a quarter of the idle timeout,
 * or a short timeout would end a session in use (one written at sign-in and not again within the minute).
 */
const TOUCH_SECONDS = 60;
const touchSeconds = (idleMinutes: number) => Math.min(TOUCH_SECONDS, idleMinutes * 15);

export interface LoadedSession {
  tokenHash: string;
  userId: string;
  stage: SessionStage;
  grants: Grant[];
}

export async function createSession(ctx: AppContext, tx: Tx, userId: string, stage: SessionStage): Promise<string> {
  const token = newToken();
  const lifetimeMs = stage === "totp_pending" ? TOTP_PENDING_MINUTES * 60_000 : ctx.config.sessionMaxHours * 3_600_000;
  await tx.insert(sessions).values({ tokenHash: hashToken(token), userId, stage, expiresAt: new Date(Date.now() + lifetimeMs) });
  return token;
}

export async function loadSession(ctx: AppContext, token: string): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  const result = await ctx.database.db.execute(sql`
    SELECT s.user_id, s.stage, (s.last_seen_at < now() - make_interval(secs => ${touchSeconds(ctx.config.sessionIdleMinutes)})) AS stale,
      coalesce((SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id)) FROM role_grants g
                WHERE g.user_id = s.user_id), '[]'::json) AS grants
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash} AND s.expires_at > now() AND NOT u.disabled
      AND s.last_seen_at > now() - make_interval(mins => ${ctx.config.sessionIdleMinutes})`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
  if (!row) return null;
  if (row.stale) await ctx.database.db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
  const grants = typeof row.grants === "string" ? JSON.parse(row.grants) : row.grants;
  return { tokenHash, userId: String(row.user_id), stage: row.stage as SessionStage, grants: grants as Grant[] };
}

export async function endSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export async function promoteSession(tx: Tx, tokenHash: string, userId: string, stage: SessionStage): Promise<void> {
  await tx
    .update(sessions)
    .set({ stage })
    .where(and(eq(sessions.tokenHash, tokenHash), eq(sessions.userId, userId)));
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, ctx: AppContext, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
    maxAge: ctx.config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
