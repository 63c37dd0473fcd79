// The baseline of the report-submission bench: plain single-row INSERTs of stored report rows, N at a time, into PostgreSQL or PGlite.
import crypto from "node:crypto";
import pg from "pg";
import { newTrackingCode } from "../src/modules/reports/tracking-code.js";
import { openDatabase } from "../src/platform/db/connection.js";
import { type MachineCpu, startCpuStretch } from "./machine-cpu.js";

export interface TimedRun {
  label: string;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  failures: number;
  /** The machine's CPU during the measured part (not the warm-up). */
  cpu?: MachineCpu | null;
}

export interface PlainInsertOptions {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
}

/** The q-quantile of ascending values (nearest rank). */
export const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Copies `sampleSql`'s report rows (the reports the submission run stored: same sealed values, same sizes) into
 * `bench_plain (LIKE reports INCLUDING DEFAULTS)` — the same columns, no index, key or trigger — one row per
 * INSERT statement from `options.connections` callers each inserting in a loop, each row with a fresh id,
 * tracking code and idempotency key. `query` runs one statement (on PostgreSQL each caller has a connection of its own).
 */
async function timedInserts(label: string, query: Query, sampleSql: string, options: PlainInsertOptions): Promise<TimedRun> {
  try {
    await query("DROP TABLE IF EXISTS bench_plain");
    await query("CREATE TABLE bench_plain (LIKE reports INCLUDING DEFAULTS)");
    const columns = (
      await query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'reports' AND table_schema = 'public' ORDER BY ordinal_position",
      )
    ).rows.map((r) => String(r.column_name));
    // Every value as text: each parameter then takes its column's type, as the application's own INSERT does.
    const sample = (await query(`SELECT ${columns.map((c) => `"${c}"::text AS "${c}"`).join(", ")} FROM (${sampleSql}) s`))
      .rows as Record<string, string | null>[];
    if (sample.length === 0) throw new Error("no report rows to copy for the plain inserts");
    const text = `INSERT INTO bench_plain (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`;
    let next = 0;
    const values = (): (string | null)[] => {
      const row = sample[next++ % sample.length] as Record<string, string | null>;
      const fresh: Record<string, string> = {
        id: crypto.randomUUID(),
        tracking_code: newTrackingCode(),
        idempotency_key: `${crypto.randomBytes(16).toString("base64url")}.${crypto.randomBytes(32).toString("base64url")}`,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      };
      return columns.map((c) => fresh[c] ?? row[c] ?? null);
    };
    const run = async (seconds: number) => {
      const latencies: number[] = [];
      let failures = 0;
      const started = performance.now();
      const until = started + seconds * 1000;
      await Promise.all(
        Array.from({ length: options.connections }, async () => {
          while (performance.now() < until) {
            const sent = performance.now();
            try {
              await query(text, values());
              latencies.push(performance.now() - sent);
            } catch {
              failures++;
            }
          }
        }),
      );
      return { latencies: latencies.sort((a, b) => a - b), failures, elapsed: (performance.now() - started) / 1000 };
    };
    if (options.warmUpSeconds > 0) await run(options.warmUpSeconds);
    const stretch = startCpuStretch();
    const { latencies, failures, elapsed } = await run(options.seconds);
    const cpu = stretch();
    return {
      label,
      perSecond: latencies.length / elapsed,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      total: latencies.length,
      failures,
      cpu,
    };
  } finally {
    await query("DROP TABLE IF EXISTS bench_plain").catch(() => undefined);
  }
}

/** The plain inserts into PostgreSQL, from a pg.Pool of `options.connections` clients: the target's baseline. */
export async function plainInserts(databaseUrl: string, sampleSql: string, options: PlainInsertOptions): Promise<TimedRun> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  pool.on("error", () => {
    // An idle client lost its connection (the database is dropped right after): nothing to do.
  });
  try {
    return await timedInserts("plain single-row INSERT (PostgreSQL, pg.Pool)", (t, p) => pool.query(t, p), sampleSql, options);
  } finally {
    await pool.end();
  }
}

/**
 * The same plain inserts into the PGlite database in `dataDir`, opened as the server opens it (PGlite on its worker
 * thread, one connection: the callers' statements run one after another): not the target's baseline, but the most the
 * embedded database itself takes of the simplest write, the ceiling of any submission on it.
 */
export async function plainInsertsPglite(dataDir: string, sampleSql: string, options: PlainInsertOptions): Promise<TimedRun> {
  const database = await openDatabase({ dataDir });
  try {
    return await database.withConnection((query) => timedInserts("plain single-row INSERT (PGlite)", query, sampleSql, options));
  } finally {
    await database.close();
  }
}
