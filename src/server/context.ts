// Opens what a Teduh process needs: configuration, database (migrated, old plain data sealed), keys and the field cipher.
import { sealPlainDisabilityTypes } from "../modules/reports/seal-plain-disability-types.js";
import { FieldCipher } from "../platform/crypto/field-encryption.js";
import { loadKeyRing } from "../platform/crypto/keys.js";
import { type Database, openDatabase } from "../platform/db/connection.js";
import { migrate } from "../platform/db/migrate.js";
import type { AppContext } from "../platform/http/context.js";
import type { Config } from "./config.js";

export async function openContext(config: Config, env: NodeJS.ProcessEnv = process.env): Promise<AppContext> {
  // Keys first: a missing production key must stop us before the database is touched.
  const ring = loadKeyRing(env, config.databaseUrl ? undefined : config.dataDir);
  const database: Database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: config.pgPoolSize } : { dataDir: config.dataDir },
  );
  const cipher = new FieldCipher(ring);
  try {
    await migrate(database);
    // Data the migrations cannot seal without the key (rows stored before migration 0013), sealed before serving.
    await sealPlainDisabilityTypes(database, cipher);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { config, database, cipher };
}
