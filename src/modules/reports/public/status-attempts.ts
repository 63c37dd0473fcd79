// PIN attempts per tracking code: a code locks after a few wrong PINs in an hour, known code or not.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Db } from "../../../platform/db/connection.js";
import { countHit } from "../../../platform/http/rate-limit.js";

export const WRONG_PINS_PER_HOUR = 5;
const WINDOW_SECONDS = 3600;
const keyFor = (trackingCode: string) => `lapor-status-pin:${trackingCode}`;
const hashedKey = (trackingCode: string) => crypto.createHash("sha256").update(keyFor(trackingCode)).digest("base64url");

/**
 * Whether the code is locked now, without counting an attempt (reads the same window hitRateLimit keeps): null when
 * not, else the seconds (at least 1) until its window ends.
 */
export async function statusLocked(db: Db, trackingCode: string): Promise<number | null> {
  const hashed = hashedKey(trackingCode);
  const result = await db.execute(sql`
    SELECT hits, ceil(extract(epoch FROM (window_start + make_interval(secs => ${WINDOW_SECONDS}) - now())))::int AS retry
    FROM rate_limits
    WHERE key = ${hashed} AND window_start > now() - make_interval(secs => ${WINDOW_SECONDS})`);
  const row = (result as unknown as { rows: { hits: number; retry: number }[] }).rows[0];
  return row !== undefined && Number(row.hits) >= WRONG_PINS_PER_HOUR ? Math.max(1, Number(row.retry)) : null;
}

/**
 * Takes one attempt of the code's allowance before its PIN is compared: null, or the seconds to wait when none is left.
 * Taken first, so that PINs sent together cannot all pass `statusLocked` before any of them is counted; a right PIN
 * gives its attempt back (`giveBackPinAttempt`), so only wrong PINs use the allowance up.
 */
export function takePinAttempt(database: Database, trackingCode: string): Promise<number | null> {
  return countHit(database, keyFor(trackingCode), WRONG_PINS_PER_HOUR, WINDOW_SECONDS);
}

/** The attempt of a right PIN, given back to the code's allowance. */
export async function giveBackPinAttempt(db: Db, trackingCode: string): Promise<void> {
  await db.execute(sql`UPDATE rate_limits SET hits = greatest(hits - 1, 0) WHERE key = ${hashedKey(trackingCode)}`);
}
