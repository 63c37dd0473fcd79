// Finds a complaint of the actor's units by its tracking code or its case's register number, typed any way (the queue's search).
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, scopeOf, type UnitScope } from "../../../platform/access/actor.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { normaliseRegisterNumber } from "../../cases/register-number.js";
import { cases } from "../../cases/schema.js";
import { reports } from "../schema.js";
import { normaliseTrackingCode } from "../tracking-code.js";
import type { QueueItemT, ReportLookupQuery } from "./contracts.js";
import type { ReportRow } from "./report-access.js";
import { queueItemView } from "./report-views.js";

/** The complaint of these units with this tracking code, or whose case has this register number; null when there is none. */
export async function reportByCode(tx: Tx, units: UnitScope, typed: string): Promise<ReportRow | null> {
  const inUnits = (column: typeof reports.unitId | typeof cases.unitId): SQL | undefined =>
    units === "all" ? undefined : inArray(column, [...units]);
  const [byCode] = await tx
    .select()
    .from(reports)
    .where(and(inUnits(reports.unitId), eq(reports.trackingCode, normaliseTrackingCode(typed))));
  if (byCode) return byCode;
  const [byRegister] = await tx
    .select({ report: reports })
    .from(cases)
    .innerJoin(reports, eq(reports.id, cases.reportId))
    .where(and(inUnits(cases.unitId), eq(cases.registerNumber, normaliseRegisterNumber(typed))));
  return byRegister?.report ?? null;
}

/** The queue line of the complaint the officer named; 404 when none of their units has it (another unit's is not revealed). */
export async function findReportByCode(tx: Tx, actor: Actor, query: z.output<typeof ReportLookupQuery>): Promise<QueueItemT> {
  const scope = scopeOf(actor, "report.read");
  const row = scope === "all" || scope.size > 0 ? await reportByCode(tx, scope, query.code) : null;
  if (!row) throw new AppError(404, "intake.lookup_none");
  return queueItemView(row);
}
