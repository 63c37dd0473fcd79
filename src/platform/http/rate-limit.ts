// Fixed-window rate limits kept in PostgreSQL, so every server process counts the same hits; hits arriving together share one write.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Db } from "../db/connection.js";
import { WriteBatcher } from "../db/write-batcher.js";
import { AppError } from "./errors.js";

interface Hit {
  /** sha256 of the key: keys hold addresses and usernames, the table only their hash. */
  key: string;
  max: number;
  windowSeconds: number;
}
/** Null when within the limit, else the seconds until the window ends. */
type Verdict = { retry: number } | null;

/**
 * One upsert per window length for a whole batch, adding each key's hits at once. Under load from one address (an
 * internet café) the key's row is written once per batch instead of once per request, each write otherwise waiting for
 * the previous one's commit. Keys carry their limit's name, so one key always has one window. The counts commit without
 * waiting for their WAL flush (synchronous_commit off: a crash may forget the last fraction of a second of hits, which
 * costs nothing), so a busy key's row is held for the statement alone, not for a disk flush too: set_config(..., true)
 * sets it for the statement's own transaction only.
 */
const COUNT_HITS_SQL = `WITH no_flush_wait AS (SELECT set_config('synchronous_commit', 'off', true))
  INSERT INTO rate_limits (key, window_start, hits)
  SELECT x.k, now(), x.n FROM jsonb_to_recordset($1::jsonb) AS x(k text, n int), no_flush_wait ORDER BY x.k
  ON CONFLICT (key) DO UPDATE SET
    window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2::int)
                        THEN now() ELSE rate_limits.window_start END,
    hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2::int)
                THEN excluded.hits ELSE rate_limits.hits + excluded.hits END
  RETURNING key, hits, ceil(extract(epoch FROM (window_start + make_interval(secs => $2::int) - now())))::int AS retry`;

async function countHits(database: Database, hits: Hit[]): Promise<Verdict[]> {
  const byWindow = new Map<number, Map<string, number>>();
  for (const h of hits) {
    const counts = byWindow.get(h.windowSeconds) ?? new Map<string, number>();
    counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
    byWindow.set(h.windowSeconds, counts);
  }
  const totals = new Map<string, { hits: number; retry: number }>();
  for (const [windowSeconds, counts] of byWindow) {
    const rows = JSON.stringify([...counts].map(([k, n]) => ({ k, n })));
    const returned = await database.prepared("teduh_count_hits", COUNT_HITS_SQL, [rows, windowSeconds]);
    for (const row of returned as { key: string; hits: number; retry: number }[]) {
      // The window now holds row.hits, the last `counts` of them this batch's: number them in the order they came.
      totals.set(row.key, { hits: Number(row.hits) - (counts.get(row.key) ?? 0), retry: Number(row.retry) });
    }
  }
  return hits.map((h) => {
    const total = totals.get(h.key);
    if (!total) throw new Error("rate limit row not returned");
    total.hits += 1;
    return total.hits > h.max ? { retry: Math.max(1, total.retry) } : null;
  });
}

const counters = new WeakMap<Database, WriteBatcher<Hit, Verdict>>();

/**
 * Counts one hit for `key`: null while within `max` hits in the window, else the seconds (at least 1) until the window
 * ends, for an answer to say how long to wait.
 */
export async function countHit(database: Database, key: string, max: number, windowSeconds: number): Promise<number | null> {
  let counter = counters.get(database);
  if (!counter) {
    counter = new WriteBatcher((hits) => countHits(database, hits), { maxItems: 500 });
    counters.set(database, counter);
  }
  const hashed = crypto.createHash("sha256").update(key).digest("base64url");
  const over = await counter.push({ key: hashed, max, windowSeconds });
  return over ? over.retry : null;
}

/** Counts one hit for `key`; throws 429 with the seconds to wait once `max` hits fall in the window. */
export async function hitRateLimit(database: Database, key: string, max: number, windowSeconds: number): Promise<void> {
  const wait = await countHit(database, key, max, windowSeconds);
  if (wait !== null) throw new AppError(429, "error.rate_limited", { seconds: wait });
}

/** Drops windows that ended long ago. */
export async function pruneRateLimits(db: Db): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
}
