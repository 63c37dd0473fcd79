// Today's date (YYYY-MM-DD) in a unit's time zone: target dates and session dates are the unit's calendar days.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/connection.js";
import { units } from "../../people/schema.js";

export function dayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export async function todayInUnit(tx: Tx, unitId: string): Promise<string> {
  const [unit] = await tx.select({ timeZone: units.timeZone }).from(units).where(eq(units.id, unitId));
  return dayIn(unit?.timeZone ?? "Asia/Jakarta");
}

/** A target date that has passed while the intervention is neither done nor cancelled. */
export function isOverdue(targetDate: string | null, status: string, today: string): boolean {
  return Boolean(targetDate) && (targetDate as string) < today && (status === "planned" || status === "in_progress");
}
