// The cases the user may see (the case manager's "my cases" with mine=true), filtered by status and unit, high risk first.
import { and, count, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../platform/access/actor.js";
import type { Db } from "../../platform/db/connection.js";
import { selectSummaries } from "./case-views.js";
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
  const items = await selectSummaries(db, actor, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items, total: Number(total?.n ?? 0), page: query.page, pageSize: query.pageSize };
}
