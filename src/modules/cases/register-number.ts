// Gives the next register number of a unit's series (PPA-<region>-<year>-<00001>), gap-free: the counter row is
// bumped in the approving transaction, so concurrent approvals queue on it and a rolled-back approval gives its number back.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/connection.js";
import { units } from "../people/schema.js";
import { caseRegisterCounters } from "./schema.js";

/** The calendar year at `at` in the unit's time zone (a case approved on 31 December 23:30 WIT belongs to that year). */
export function yearIn(timeZone: string, at: Date): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric" }).format(at));
}

export function formatRegisterNumber(regionCode: string, year: number, sequence: number): string {
  return `PPA-${regionCode.replace(/\D/g, "")}-${year}-${String(sequence).padStart(5, "0")}`;
}

export async function nextRegisterNumber(tx: Tx, unitId: string, at: Date): Promise<string> {
  const [unit] = await tx
    .select({ regionCode: units.regionCode, timeZone: units.timeZone })
    .from(units)
    .where(eq(units.id, unitId));
  if (!unit) throw new Error("the case's unit does not exist");
  const year = yearIn(unit.timeZone, at);
  const [counter] = await tx
    .insert(caseRegisterCounters)
    .values({ unitId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [caseRegisterCounters.unitId, caseRegisterCounters.year],
      set: { lastNumber: sql`${caseRegisterCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: caseRegisterCounters.lastNumber });
  if (!counter) throw new Error("register counter not updated");
  return formatRegisterNumber(unit.regionCode, year, counter.lastNumber);
}
