// The cases the user may see (the case manager's "my cases" with mine=true), filtered by status and unit, high risk first.
import { and, count, eq, inArray, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../platform/access/actor.js";
import type { Db } from "../../platform/db/connection.js";
import { BY_URGENCY, selectSummaries } from "./case-views.js";
import type { CaseListQuery, CasePageT } from "./contracts.js";
import { cases } from "./schema.js";
import { caseVisibleTo } from "./visibility.js";

export async function listCases(db: Db, actor: Actor, query: z.output<typeof CaseListQuery>): Promise<CasePageT> {
  const conditions: SQL[] = [caseVisibleTo(actor)];
  if (query.status) conditions.push(eq(cases.status, query.status));
  if (query.mine === "true") conditions.push(eq(cases.caseManagerId, actor.userId));
  if (query.unitId) conditions.push(eq(cases.unitId, query.unitId));
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(cases).where(where);
  // The page's ids are chosen from the cases alone, so that the rows a far page skips (a case manager's page 100 skips
  // 2,475) are never joined to their complaint and people; only the page's own rows are.
  const page = await db
    .select({ id: cases.id })
    .from(cases)
    .where(where)
    .orderBy(...BY_URGENCY)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const ids = page.map((row) => row.id);
  const items = ids.length ? await selectSummaries(db, actor, and(where, inArray(cases.id, ids)), { limit: ids.length }) : [];
  return { items, total: Number(total?.n ?? 0), page: query.page, pageSize: query.pageSize };
}
