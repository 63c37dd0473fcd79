// A report's outreach visits, the signed-in person's upcoming visits, and who may join a report's visit.
import { and, arrayContains, asc, desc, eq, gte, inArray } from "drizzle-orm";
import { type Actor, scopeOf } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { outreachVisits, reports } from "../schema.js";
import type { OutreachVisitT, TeamMemberT } from "../verification/contracts.js";
import { loadReportInScope } from "../verification/link-views.js";
import { unitTeam, visitViews } from "./visit-views.js";

export async function listReportVisits(ctx: AppContext, actor: Actor, reportId: string): Promise<OutreachVisitT[]> {
  const db = ctx.database.db;
  const report = await loadReportInScope(db, actor, "outreach.manage", reportId);
  const rows = await db
    .select()
    .from(outreachVisits)
    .where(eq(outreachVisits.reportId, reportId))
    .orderBy(desc(outreachVisits.scheduledFor))
    .limit(200);
  return visitViews(
    db,
    ctx.cipher,
    rows.map((visit) => ({ visit, unitId: report.unitId })),
  );
}

/** Scheduled visits the actor is on, from twelve hours ago on, in units where they manage outreach. */
export async function listMyUpcomingVisits(ctx: AppContext, actor: Actor): Promise<OutreachVisitT[]> {
  const scope = scopeOf(actor, "outreach.manage");
  if (scope !== "all" && scope.size === 0) return [];
  const db = ctx.database.db;
  const rows = await db
    .select({ visit: outreachVisits, unitId: reports.unitId })
    .from(outreachVisits)
    .innerJoin(reports, eq(reports.id, outreachVisits.reportId))
    .where(
      and(
        eq(outreachVisits.status, "scheduled"),
        arrayContains(outreachVisits.teamUserIds, [actor.userId]),
        gte(outreachVisits.scheduledFor, new Date(Date.now() - 12 * 3_600_000)),
        scope === "all" ? undefined : inArray(reports.unitId, [...scope]),
      ),
    )
    .orderBy(asc(outreachVisits.scheduledFor))
    .limit(100);
  return visitViews(db, ctx.cipher, rows);
}

export async function listOutreachTeam(ctx: AppContext, actor: Actor, reportId: string): Promise<TeamMemberT[]> {
  const report = await loadReportInScope(ctx.database.db, actor, "outreach.manage", reportId);
  return unitTeam(ctx.database.db, report.unitId);
}
