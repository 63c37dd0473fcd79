// Loads a case for an operation through the visibility predicate (404 when outside it), and the actor's roles in its unit.
import { and, eq, sql } from "drizzle-orm";
import { type Actor, requireUnit } from "../../platform/access/actor.js";
import type { Permission } from "../../platform/access/permissions.js";
import type { Role } from "../../platform/access/roles.js";
import type { Tx } from "../../platform/db/connection.js";
import { AppError } from "../../platform/http/errors.js";
import { cases } from "./schema.js";
import type { CaseState, CaseStatus } from "./transitions.js";
import { caseVisibleTo } from "./visibility.js";

export type CaseRow = typeof cases.$inferSelect;

/** The case if the actor may see it and holds `permission` in its unit; otherwise 404 (existence is not revealed). */
export async function loadCase(tx: Tx, actor: Actor, permission: Permission, id: string, lock = false): Promise<CaseRow> {
  const query = tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), caseVisibleTo(actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError(404, "error.not_found");
  requireUnit(actor, permission, row.unitId);
  return row;
}

/** The actor's roles in one unit (installation-wide grants count everywhere). */
export function rolesIn(actor: Actor, unitId: string): Role[] {
  return [...new Set(actor.grants.filter((g) => g.unitId === unitId || g.unitId === null).map((g) => g.role))];
}

/** What the transition table reads of a stored case. */
export function stateOf(row: CaseRow): CaseState {
  return {
    status: row.status as CaseStatus,
    caseManagerId: row.caseManagerId,
    submittedBy: row.submittedBy,
    terminationRequestedBy: row.terminationRequestedBy,
    terminationReason: row.terminationReason,
    closeReason: row.closeReason,
  };
}

/** A stale command (someone else moved the case first) is refused with 409. */
export function requireVersion(row: CaseRow, version: number): void {
  if (version !== row.version) throw new AppError(409, "case.stale");
}

/** Columns every change sets: a new version and the time. */
export const touched = () => ({ version: sql`${cases.version} + 1`, updatedAt: new Date() });
