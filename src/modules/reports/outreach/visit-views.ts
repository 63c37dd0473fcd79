// Outreach visits as the API shows them (team by name, notes decrypted), and loading a visit within the actor's units.
import { and, eq, inArray } from "drizzle-orm";
import { type Actor, requireUnit } from "../../../platform/access/actor.js";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { roleGrants, users } from "../../people/schema.js";
import { unseal } from "../identity.js";
import { outreachVisits, reports } from "../schema.js";
import type { OutreachVisitT, TeamMemberT } from "../verification/contracts.js";

export type VisitRow = typeof outreachVisits.$inferSelect;

export async function visitViews(tx: Tx, cipher: FieldCipher, rows: { visit: VisitRow; unitId: string }[]) {
  const ids = [...new Set(rows.flatMap((r) => r.visit.teamUserIds))];
  const names = new Map<string, string>();
  if (ids.length) {
    const found = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
    for (const u of found) names.set(u.id, u.name);
  }
  return rows.map(
    ({ visit, unitId }): OutreachVisitT => ({
      id: visit.id,
      reportId: visit.reportId,
      unitId,
      scheduledFor: visit.scheduledFor.toISOString(),
      team: visit.teamUserIds.map((id) => ({ id, displayName: names.get(id) ?? "" })),
      status: visit.status as OutreachVisitT["status"],
      outcome: (visit.outcome as OutreachVisitT["outcome"]) ?? null,
      notes: unseal(cipher, "outreach_notes", visit.notesEnc),
      recordedAt: visit.recordedAt?.toISOString() ?? null,
      version: visit.version,
      createdAt: visit.createdAt.toISOString(),
    }),
  );
}

/** A visit and its report, locked when `lock`; 404 outside the actor's units. */
export async function loadVisitInScope(tx: Tx, actor: Actor, visitId: string, lock = false) {
  const query = tx
    .select({ visit: outreachVisits, report: reports })
    .from(outreachVisits)
    .innerJoin(reports, eq(reports.id, outreachVisits.reportId))
    .where(eq(outreachVisits.id, visitId))
    .limit(1);
  const [found] = lock ? await query.for("update", { of: outreachVisits }) : await query;
  if (!found) throw new AppError(404, "error.not_found");
  requireUnit(actor, "outreach.manage", found.report.unitId);
  return found;
}

/** Active users holding any role in the unit: who may join a visit. */
export async function unitTeam(tx: Tx, unitId: string): Promise<TeamMemberT[]> {
  const rows = await tx
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(roleGrants.unitId, unitId), eq(users.disabled, false)))
    .orderBy(users.displayName);
  return rows;
}

export async function requireTeam(tx: Tx, unitId: string, teamUserIds: string[]): Promise<string[]> {
  const unique = [...new Set(teamUserIds)];
  const allowed = new Set((await unitTeam(tx, unitId)).map((m) => m.id));
  if (unique.some((id) => !allowed.has(id))) {
    throw new AppError(400, "outreach.team_invalid", {}, [{ path: "teamUserIds", message: "" }]);
  }
  return unique;
}

/** How far in the past a new visit time may lie: the officer's clock, and the minutes spent filling in the form. */
export const SCHEDULE_TOLERANCE_MS = 5 * 60_000;

/** A visit is planned, not logged after the fact: a time more than the tolerance in the past is refused (400). */
export function requirePlannedTime(scheduledFor: Date, now = Date.now()): Date {
  if (scheduledFor.getTime() < now - SCHEDULE_TOLERANCE_MS) {
    throw new AppError(400, "outreach.time_past", {}, [{ path: "scheduledFor", message: "" }]);
  }
  return scheduledFor;
}

export const CLOSED_REPORT_STATUSES = new Set(["duplicate", "not_a_case"]);
