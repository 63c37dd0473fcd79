// Whether this installation takes public reports: only once it has an active unit to route them to (asked briefly cached).
import { sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/connection.js";

/** An open installation is asked again after a minute; a closed one after seconds, so the first unit opens /lapor at once. */
const OPEN_FOR_MS = 60_000;
const CLOSED_FOR_MS = 5_000;
const known = new WeakMap<Database, { open: boolean; until: number }>();

/**
 * True when some unit is active (ROUTED_UNIT_SQL then always finds one). When the database cannot be asked, true: the
 * form is shown as always, and sending it says so if the report could not be stored.
 */
export async function takesReports(database: Database): Promise<boolean> {
  const hit = known.get(database);
  if (hit && hit.until > Date.now()) return hit.open;
  try {
    const result = await database.db.execute(sql`SELECT EXISTS (SELECT 1 FROM units WHERE active) AS open`);
    const open = (result as unknown as { rows: { open: unknown }[] }).rows[0]?.open === true;
    known.set(database, { open, until: Date.now() + (open ? OPEN_FOR_MS : CLOSED_FOR_MS) });
    return open;
  } catch {
    return true;
  }
}

/** Asks the database again next time (a report could not be stored: perhaps the last unit was just deactivated). */
export function forgetTakesReports(database: Database): void {
  known.delete(database);
}
