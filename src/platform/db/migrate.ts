// Applies the migration folder at start, once, even when several server processes start together.
import path from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { PROJECT_ROOT } from "../project-root.js";
import type { Database } from "./connection.js";

/** Read from the sources' folder, also when the server runs from its build (dist/server). */
const MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, "src/platform/db/migrations");
/** Arbitrary constant key for the advisory lock that serialises migrations between processes. */
const MIGRATION_LOCK = 7_411_873_001;

export async function migrate(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  return database.withConnection(async (query) => {
    await query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await query(
        "CREATE TABLE IF NOT EXISTS teduh_migrations (id serial PRIMARY KEY, hash text NOT NULL UNIQUE, folder_millis bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const done = new Set((await query("SELECT hash FROM teduh_migrations")).rows.map((r) => String(r.hash)));
      let applied = 0;
      for (const migration of migrations) {
        if (done.has(migration.hash)) continue;
        await query("BEGIN");
        try {
          for (const statement of migration.sql) if (statement.trim()) await query(statement);
          await query("INSERT INTO teduh_migrations (hash, folder_millis) VALUES ($1, $2)", [
            migration.hash,
            migration.folderMillis,
          ]);
          await query("COMMIT");
          applied++;
        } catch (error) {
          await query("ROLLBACK");
          throw error;
        }
      }
      return applied;
    } finally {
      await query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  });
}
