// The supervisor's approval queue: complaints of their units awaiting approval, high risk and in danger first, oldest waiting next.
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, requireUnit } from "../../platform/access/actor.js";
import type { Db } from "../../platform/db/connection.js";
import { reports } from "../reports/schema.js";
import { selectSummaries } from "./case-views.js";
import type { CaseSummaryT, UnitFilterQuery } from "./contracts.js";
import { cases } from "./schema.js";
import { caseVisibleTo, overseenBy } from "./visibility.js";

/** The queue is long only when something is wrong; 200 rows is more than a unit's month. */
const QUEUE_LIMIT = 200;

export async function listApprovalQueue(db: Db, actor: Actor, query: z.output<typeof UnitFilterQuery>): Promise<CaseSummaryT[]> {
  const conditions: SQL[] = [caseVisibleTo(actor), overseenBy(actor), eq(cases.status, "awaiting_approval")];
  if (query.unitId) {
    requireUnit(actor, "case.oversee", query.unitId);
    conditions.push(eq(cases.unitId, query.unitId));
  }
  return selectSummaries(db, actor, and(...conditions), {
    limit: QUEUE_LIMIT,
    order: [desc(reports.inDanger), sql`(${cases.riskLevel} = 'high') DESC NULLS LAST`, asc(cases.submittedAt), asc(cases.id)],
  });
}
