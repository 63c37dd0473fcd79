// `teduh migrate`: applies pending migrations and exits.
import { openDatabase } from "../platform/db/connection.js";
import { migrate } from "../platform/db/migrate.js";
import type { Config } from "../server/config.js";

export async function migrateCommand(config: Config): Promise<number> {
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    const applied = await migrate(database);
    process.stdout.write(`${applied} migrasi diterapkan / migrations applied\n`);
    return 0;
  } finally {
    await database.close();
  }
}
