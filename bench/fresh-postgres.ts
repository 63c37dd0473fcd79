// A throw-away PostgreSQL database for a bench: created on the server at the admin URL, with its own keys, dropped after.
import crypto from "node:crypto";
import pg from "pg";

export interface FreshPostgres {
  /** The environment of a Teduh process on it: DATABASE_URL and fresh encryption and blind-index keys. */
  env: { DATABASE_URL: string; TEDUH_ENCRYPTION_KEY: string; TEDUH_BLIND_INDEX_KEY: string };
  version: string;
}

/**
 * Runs `use` on a new database named `<prefix>_<random>`; null when the server does not answer. BENCH_KEEP_DB=1 keeps
 * the database for a look afterwards (its name is printed).
 */
export async function withFreshPostgres<T>(
  adminUrl: string,
  prefix: string,
  use: (fresh: FreshPostgres) => Promise<T>,
): Promise<T | null> {
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    process.stderr.write(`[bench] PostgreSQL not reachable at ${adminUrl} (${(error as Error).message}): skipped\n`);
    return null;
  }
  const version = String((await admin.query("SHOW server_version")).rows[0]?.server_version);
  const name = `${prefix}_${crypto.randomBytes(5).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const env = {
      DATABASE_URL: url.toString(),
      TEDUH_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      TEDUH_BLIND_INDEX_KEY: crypto.randomBytes(32).toString("base64"),
    };
    return await use({ env, version });
  } finally {
    if (process.env.BENCH_KEEP_DB) process.stderr.write(`[bench] kept database ${name}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
