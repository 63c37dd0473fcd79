// Wrong-PIN accounting per tracking code: a code locks after a few wrong PINs in an hour, known code or not.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Db } from "../../../platform/db/connection.js";
import { countHit } from "../../../platform/http/rate-limit.js";

export const WRONG_PINS_PER_HOUR = 5;
const WINDOW_SECONDS = 3600;
const keyFor = (trackingCode: string) => `lapor-status-pin:${trackingCode}`;

/**
 * Whether the code is locked now, without counting an attempt (reads the same window hitRateLimit keeps): null when
 * not, else the seconds (at least 1) until its window ends.
 */
export async function statusLocked(db: Db, trackingCode: string): Promise<number | null> {
  const hashed = crypto.createHash("sha256").update(keyFor(trackingCode)).digest("base64url");
  const result = await db.execute(sql`
    SELECT hits, ceil(extract(epoch FROM (window_start + make_interval(secs => ${WINDOW_SECONDS}) - now())))::int AS retry
    FROM rate_limits
    WHERE key = ${hashed} AND window_start > now() - make_interval(secs => ${WINDOW_SECONDS})`);
  const row = (result as unknown as { rows: { hits: number; retry: number }[] }).rows[0];
  return row !== undefined && Number(row.hits) >= WRONG_PINS_PER_HOUR ? Math.max(1, Number(row.retry)) : null;
}

/** Counts one wrong PIN for the code: null, or the seconds to wait when this attempt used up the hour's allowance. */
export function countWrongPin(database: Database, trackingCode: string): Promise<number | null> {
  return countHit(database, keyFor(trackingCode), WRONG_PINS_PER_HOUR, WINDOW_SECONDS);
}
