// Fixed-window rate limits kept in PostgreSQL, so every server process counts the same hits.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../db/connection.js";
import { AppError } from "./errors.js";

/** Counts one hit for `key`; throws 429 with the seconds to wait once `max` hits fall in the window. */
export async function hitRateLimit(db: Db, key: string, max: number, windowSeconds: number): Promise<void> {
  // Keys hold addresses and usernames: store only their hash.
  const hashed = crypto.createHash("sha256").update(key).digest("base64url");
  const result = await db.execute(sql`
    INSERT INTO rate_limits (key, window_start, hits) VALUES (${hashed}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                          THEN now() ELSE rate_limits.window_start END,
      hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                  THEN 1 ELSE rate_limits.hits + 1 END
    RETURNING hits, ceil(extract(epoch FROM (window_start + make_interval(secs => ${windowSeconds}) - now())))::int AS retry`);
  const row = (result as unknown as { rows: { hits: number; retry: number }[] }).rows[0];
  if (row && row.hits > max) {
    throw new AppError(429, "error.rate_limited", { seconds: Math.max(1, Number(row.retry)) });
  }
}

/** Drops windows that ended long ago. */
export async function pruneRateLimits(db: Db): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
}
