// The intake queue of the actor's units: open complaints (or with unread replies) unless filtered by status; channel and danger; in danger first, then newest.
import { and, count, desc, eq, exists, gt, inArray, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import type { Db } from "../../../platform/db/connection.js";
import { cases } from "../../cases/schema.js";
import type { ReportStatus } from "../categories.js";
import { reports } from "../schema.js";
import { OPEN_REPORT_STATUSES, type QueuePageT, type QueueQuery } from "./contracts.js";
import { queueItemView } from "./report-views.js";

/**
 * Complaints of these statuses. A complaint sent for approval keeps its status after the supervisor's decision (its case
 * carries on from there), so awaiting_approval counts only while its case still waits for that decision.
 */
function inStatuses(db: Db, statuses: readonly ReportStatus[]): SQL {
  const undecided = exists(
    db
      .select({ one: sql`1` })
      .from(cases)
      .where(and(eq(cases.reportId, reports.id), eq(cases.status, "awaiting_approval"))),
  );
  const others = statuses.filter((s) => s !== "awaiting_approval");
  return or(
    others.length > 0 ? inArray(reports.status, others) : undefined,
    statuses.includes("awaiting_approval") ? and(eq(reports.status, "awaiting_approval"), undecided) : undefined,
  ) as SQL;
}

export async function listIntakeQueue(db: Db, actor: Actor, query: z.output<typeof QueueQuery>): Promise<QueuePageT> {
  const scope = scopeOf(actor, "report.read");
  const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  if (scope !== "all" && scope.size === 0) return empty;
  const conditions: SQL[] = [];
  if (scope !== "all") conditions.push(inArray(reports.unitId, [...scope]));
  // Open by default: the open statuses, and any complaint with a reply no officer has read (a closed one too).
  conditions.push(
    query.status
      ? inStatuses(db, [query.status])
      : (or(inStatuses(db, OPEN_REPORT_STATUSES), gt(reports.unreadReplies, 0)) as SQL),
  );
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
