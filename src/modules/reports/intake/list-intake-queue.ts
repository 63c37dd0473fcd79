// The intake queue of the actor's units: filters by status, channel and danger; in danger first, then newest.
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import type { Db } from "../../../platform/db/connection.js";
import { reports } from "../schema.js";
import type { QueuePageT, QueueQuery } from "./contracts.js";
import { queueItemView } from "./report-views.js";

export async function listIntakeQueue(db: Db, actor: Actor, query: z.output<typeof QueueQuery>): Promise<QueuePageT> {
  const scope = scopeOf(actor, "report.read");
  const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  if (scope !== "all" && scope.size === 0) return empty;
  const conditions: SQL[] = [];
  if (scope !== "all") conditions.push(inArray(reports.unitId, [...scope]));
  conditions.push(query.status ? eq(reports.status, query.status) : inArray(reports.status, ["received", "in_intake"]));
  if (query.channel) conditions.push(eq(reports.channel, query.channel));
  if (query.danger) conditions.push(eq(reports.inDanger, query.danger === "true"));
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(reports).where(where);
  const rows = await db
    .select()
    .from(reports)
    .where(where)
    .orderBy(desc(reports.inDanger), desc(reports.createdAt), desc(reports.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map(queueItemView), total: Number(total?.n ?? 0), page: query.page, pageSize: query.pageSize };
}
