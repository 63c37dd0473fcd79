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

/**
 * A register number as typed or read aloud ("ppa 3509 2026 00042", "PPA3509202600042") in its stored form
 * (PPA-3509-2026-00042); anything else comes back trimmed and in upper case.
 */
export function normaliseRegisterNumber(input: string): string {
  const typed = input.trim().toUpperCase();
  const parts = typed.split(/[^A-Z0-9]+/).filter(Boolean);
  if (parts.length === 4 && parts[0] === "PPA" && parts.slice(1).every((p) => /^\d+$/.test(p))) return parts.join("-");
  // Without separators: a province (2 digits) or regency/city (4), the year, the five-digit sequence.
  const compact = /^PPA(\d{2}|\d{4})(\d{4})(\d{5})$/.exec(parts.join(""));
  return compact ? `PPA-${compact[1]}-${compact[2]}-${compact[3]}` : typed;
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
