// The head's and supervisors' board: every stage of the unit's cases with counts and high-risk marks, and the cases in progress.
import { and, count, eq, ne, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, requireUnit } from "../../platform/access/actor.js";
import type { Db } from "../../platform/db/connection.js";
import { selectSummaries } from "./case-views.js";
import type { CaseBoardT, UnitFilterQuery } from "./contracts.js";
import { cases } from "./schema.js";
import { CASE_STATUSES, type CaseStatus } from "./transitions.js";
import { caseVisibleTo, overseenBy } from "./visibility.js";

/** Cases in progress shown on the board; the counts cover them all. */
const BOARD_LIMIT = 200;

export async function getCaseBoard(db: Db, actor: Actor, query: z.output<typeof UnitFilterQuery>): Promise<CaseBoardT> {
  const conditions: SQL[] = [caseVisibleTo(actor), overseenBy(actor)];
  if (query.unitId) {
    requireUnit(actor, "case.oversee", query.unitId);
    conditions.push(eq(cases.unitId, query.unitId));
  }
  const where = and(...conditions);
  const counts = await db
    .select({
      status: cases.status,
      n: count(),
      highRisk: sql<number>`count(*) FILTER (WHERE ${cases.riskLevel} = 'high')::int`,
    })
    .from(cases)
    .where(where)
    .groupBy(cases.status);
  const byStatus = new Map(counts.map((c) => [c.status as CaseStatus, c]));
  const columns = CASE_STATUSES.map((status) => ({
    status,
    count: Number(byStatus.get(status)?.n ?? 0),
    highRisk: Number(byStatus.get(status)?.highRisk ?? 0),
  }));
  const items = await selectSummaries(db, actor, and(where, ne(cases.status, "closed")), { limit: BOARD_LIMIT });
  return { columns, items };
}
