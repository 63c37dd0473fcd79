// The partner agencies named for sharing must be active partners of the case's unit.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { partners } from "../../people/schema.js";

export async function checkPartners(tx: Tx, unitId: string, ids: readonly string[], required: boolean): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (required && unique.length === 0) {
    throw new AppError(400, "consent.partners_required", {}, [{ path: "partnerIds", message: "" }]);
  }
  if (unique.length === 0) return [];
  const found = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(inArray(partners.id, unique), eq(partners.unitId, unitId), eq(partners.active, true)));
  if (found.length !== unique.length)
    throw new AppError(400, "consent.partner_invalid", {}, [{ path: "partnerIds", message: "" }]);
  return unique;
}

/** The names of the partner agencies, in the order given (for the sharing text). */
export async function partnerNames(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(inArray(partners.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => byId.get(id)).filter((n): n is string => Boolean(n));
}
