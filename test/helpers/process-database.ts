// A new PostgreSQL database on TEST_DATABASE_URL for tests that start real `teduh` processes: their environment and a drop.
import crypto from "node:crypto";
import pg from "pg";

export interface ProcessDatabase {
  /** DATABASE_URL and fresh encryption and blind-index keys. */
  env: { DATABASE_URL: string; TEDUH_ENCRYPTION_KEY: string; TEDUH_BLIND_INDEX_KEY: string };
  drop(): Promise<void>;
}

export async function processDatabase(prefix: string): Promise<ProcessDatabase> {
  const admin = process.env.TEST_DATABASE_URL as string;
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: {
      DATABASE_URL: url.toString(),
      TEDUH_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      TEDUH_BLIND_INDEX_KEY: crypto.randomBytes(32).toString("base64"),
    },
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
