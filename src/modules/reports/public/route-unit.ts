// Chooses the unit a public report goes to: the victim's regency/city unit, else the province's unit, else the fallback.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../platform/db/connection.js";
import { units } from "../../people/schema.js";

/**
 * The regency/city unit (region_code = "3509"), else the province unit ("35"). When the installation has neither,
 * the report is never dropped: it goes to the installation's oldest active province unit, else its oldest active unit,
 * whose intake officers refer it on.
 */
export async function routeUnit(tx: Tx, provinceCode: string, regencyCode: string | null): Promise<string> {
  const codes = regencyCode ? [regencyCode, provinceCode] : [provinceCode];
  const matches = await tx
    .select({ id: units.id, regionCode: units.regionCode })
    .from(units)
    .where(and(eq(units.active, true), inArray(units.regionCode, codes)))
    .orderBy(asc(units.createdAt));
  const best = matches.find((u) => u.regionCode === regencyCode) ?? matches.find((u) => u.regionCode === provinceCode);
  if (best) return best.id;
  const all = await tx
    .select({ id: units.id, regionCode: units.regionCode })
    .from(units)
    .where(eq(units.active, true))
    .orderBy(asc(units.createdAt));
  const fallback = all.find((u) => u.regionCode.length === 2) ?? all[0];
  if (!fallback) throw new Error("no active unit to receive public reports");
  return fallback.id;
}
