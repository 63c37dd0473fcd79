// Opens the database: embedded PGlite (a data directory, or in memory) or a PostgreSQL server through pg.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { listenOnPool } from "./pg-listener.js";
import { PgliteThread } from "./pglite-client.js";
import * as schema from "./schema.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: operations accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export interface Database {
  kind: "pglite" | "postgres";
  db: Db;
  /** Runs raw SQL on one connection (migrations, advisory locks). */
  withConnection<T>(
    fn: (query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<T>,
  ): Promise<T>;
  /**
   * One statement with parameters, in its own transaction, as a named prepared statement: PostgreSQL parses and plans
   * `text` once per pool connection and afterwards only binds and runs it; PGlite runs it plainly. `name` must always
   * stand for the same text.
   */
  prepared(name: string, text: string, params: unknown[]): Promise<StatementRows>;
  /**
   * Subscribes to a NOTIFY channel; returns the unsubscribe function. A lost listening connection on PostgreSQL
   * (pg-listener.ts), or a PGlite thread that died and was started again (pglite-client.ts), listens again; `onResumed`
   * is then called, as notifications sent meanwhile were missed.
   */
  listen(channel: string, onMessage: (payload: string) => void, onResumed?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type StatementRows = Record<string, unknown>[];

/** PostgreSQL (with at most `poolSize` connections, 10 by default), PGlite in a folder, or PGlite in memory. */
export type DatabaseTarget = { databaseUrl: string; poolSize?: number } | { dataDir: string } | { memory: true };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ("databaseUrl" in target) return openPostgres(target.databaseUrl, target.poolSize ?? 10);
  return openPglite(target);
}

async function openPglite(target: { dataDir: string } | { memory: true }): Promise<Database> {
  const release = "dataDir" in target ? lockDataDir(target.dataDir) : () => {};
  let client: PgliteThread;
  try {
    // PostgreSQL's default 128 MB buffer pool is touched at start inside the WebAssembly memory: 16 MB holds a unit's
    // working set and keeps the process about 110 MiB smaller (docs/benchmarks.md, same throughput).
    const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];
    client = await PgliteThread.start("dataDir" in target ? path.join(target.dataDir, "pgdata") : null, startParams);
  } catch (error) {
    release();
    throw error;
  }
  // drizzle's PGlite driver calls query and transaction, which the thread's client answers alike.
  const db = drizzlePglite(client as unknown as PGlite, { schema }) as unknown as Db;
  return {
    kind: "pglite",
    db,
    withConnection: (fn) => fn((text, params) => client.query(text, params) as Promise<{ rows: Record<string, unknown>[] }>),
    prepared: async (name, text, params) => (await client.prepared(name, text, params)).rows as StatementRows,
    listen: (channel, onMessage, onResumed) => client.listen(channel, onMessage, onResumed),
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  // A connection lost while checked out (a transaction in flight when the server restarts) fails its queries, and the
  // pool drops it on release; its 'error' event, which nobody else hears then, must not end the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  /** How to stop each LISTEN, so that closing ends them too. */
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: "postgres",
    db,
    async withConnection(fn) {
      const conn = await pool.connect();
      try {
        return await fn((text, params) => conn.query(text, params));
      } finally {
        conn.release();
      }
    },
    prepared: async (name, text, params) => (await pool.query({ name, text, values: params })).rows as StatementRows,
    async listen(channel, onMessage, onResumed) {
      const stop = await listenOnPool(pool, channel, onMessage, onResumed);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      for (const stop of [...listeners]) await stop();
      listeners.clear();
      await pool.end();
    },
  };
}
