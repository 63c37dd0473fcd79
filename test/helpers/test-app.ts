// Starts Teduh for a test on a fresh database: PGlite in memory, or a new database on TEST_DATABASE_URL.
import crypto from "node:crypto";
import type { FastifyInstance } from "fastify";
import { FieldCipher, keyId } from "../../src/platform/crypto/field-encryption.js";
import { type Database, openDatabase } from "../../src/platform/db/connection.js";
import { migrate } from "../../src/platform/db/migrate.js";
import type { AppContext } from "../../src/platform/http/context.js";
import { buildApp } from "../../src/server/app.js";
import { type Config, loadConfig } from "../../src/server/config.js";
import { processDatabase } from "./process-database.js";

export type DatabaseKind = "pglite" | "postgres";
/** The databases integration tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DATABASES: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase {
  database: Database;
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await openDatabase({ memory: true });
    await migrate(database);
    return { database, drop: () => database.close() };
  }
  const created = await processDatabase("teduh_test");
  const database = await openDatabase({ databaseUrl: created.env.DATABASE_URL });
  await migrate(database);
  return {
    database,
    url: created.env.DATABASE_URL,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}

export function testKeys(): Record<string, string> {
  return {
    TEDUH_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    TEDUH_BLIND_INDEX_KEY: crypto.randomBytes(32).toString("base64"),
  };
}

export function testCipher(): FieldCipher {
  const key = crypto.randomBytes(32);
  return new FieldCipher({ activeKeyId: keyId(key), keys: new Map([[keyId(key), key]]), blindIndexKey: crypto.randomBytes(32) });
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function startTestApp(kind: DatabaseKind, config: Partial<Config> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase(kind);
  const ctx: AppContext = {
    config: loadConfig({}, { scryptCost: 1024, logLevel: "silent", ...config }),
    database: testDb.database,
    cipher: testCipher(),
  };
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}
