// Loads a complaint for an operation: 404 outside the actor's units (existence not revealed), optionally locked.
import { eq, sql } from "drizzle-orm";
import { type Actor, requireUnit } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { reports } from "../schema.js";

export type ReportRow = typeof reports.$inferSelect;

export async function loadReport(tx: Tx, actor: Actor, permission: Permission, id: string, lock = false): Promise<ReportRow> {
  const query = tx.select().from(reports).where(eq(reports.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError(404, "error.not_found");
  requireUnit(actor, permission, row.unitId);
  return row;
}

/** A stale edit (someone else saved first) is refused with 409. */
export function requireVersion(row: ReportRow, version: number | undefined): void {
  if (version !== undefined && version !== row.version) throw new AppError(409, "intake.stale");
}

/** Columns every change sets: a new version and the time. */
export const touched = () => ({ version: sql`${reports.version} + 1`, updatedAt: new Date() });
