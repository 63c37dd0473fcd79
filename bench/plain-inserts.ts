// The baseline of the report-submission bench: plain single-row INSERTs of stored report rows into PostgreSQL, N at a time.
import crypto from "node:crypto";
import pg from "pg";
import { newTrackingCode } from "../src/modules/reports/tracking-code.js";
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

/**
 * Copies `sampleSql`'s report rows (the reports the submission run stored: same sealed values, same sizes) into
 * `bench_plain (LIKE reports INCLUDING DEFAULTS)` — the same columns, no index, key or trigger — one row per
 * INSERT statement from a pg.Pool of `connections` clients each inserting in a loop, each row with a fresh id,
 * tracking code and idempotency key.
 */
export async function plainInserts(databaseUrl: string, sampleSql: string, options: PlainInsertOptions): Promise<TimedRun> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  pool.on("error", () => {
    // An idle client lost its connection (the database is dropped right after): nothing to do.
  });
  try {
    await pool.query("DROP TABLE IF EXISTS bench_plain");
    await pool.query("CREATE TABLE bench_plain (LIKE reports INCLUDING DEFAULTS)");
    const columns = (
      await pool.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'reports' AND table_schema = 'public' ORDER BY ordinal_position",
      )
    ).rows.map((r) => r.column_name);
    // Every value as text: each parameter then takes its column's type, as the application's own INSERT does.
    const sample = (
      await pool.query<Record<string, string | null>>(
        `SELECT ${columns.map((c) => `"${c}"::text AS "${c}"`).join(", ")} FROM (${sampleSql}) s`,
      )
    ).rows;
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
              await pool.query(text, values());
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
      label: "plain single-row INSERT (PostgreSQL, pg.Pool)",
      perSecond: latencies.length / elapsed,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      total: latencies.length,
      failures,
      cpu,
    };
  } finally {
    await pool.query("DROP TABLE IF EXISTS bench_plain").catch(() => undefined);
    await pool.end();
  }
}
