// Makes the database refuse a table's new rows while `fn` runs (a CHECK that every row fails), as a database failing
// under a write does; the constraint is dropped afterwards whatever happens.
import { sql } from "drizzle-orm";
import type { Db } from "../../src/platform/db/connection.js";

/** `failingCheck` is a condition no written row meets, e.g. `chronology_enc IS NULL` on a NOT NULL column. */
export async function whileRefusing<T>(db: Db, table: string, failingCheck: string, fn: () => Promise<T>): Promise<T> {
  const name = `test_refuse_${table}`;
  await db.execute(sql.raw(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${failingCheck}) NOT VALID`));
  try {
    return await fn();
  } finally {
    await db.execute(sql.raw(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`));
  }
}
