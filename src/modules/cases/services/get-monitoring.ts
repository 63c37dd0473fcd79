// The case manager's monitoring page: every intervention's state, overdue items, the next review date, the police-report deadline.
import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { MonitoringT } from "./contracts.js";
import { caseInterventions, interventionViews } from "./intervention-view.js";
import { policeReportOf } from "./police-deadline.js";
import { assessments, servicePlans } from "./schema.js";
import { loadServicesCase } from "./services-access.js";
import { todayInUnit } from "./today.js";

export async function getMonitoring(ctx: AppContext, actor: Actor, caseId: string): Promise<MonitoringT> {
  const tx = ctx.database.db;
  const row = await loadServicesCase(tx, actor, "case.services.read", caseId);
  const now = new Date();
  const items = (
    await interventionViews(tx, ctx.cipher, await caseInterventions(tx, row.id), await todayInUnit(tx, row.unitId))
  ).map(({ goal: _goal, ...rest }) => rest);
  const [latest] = await tx
    .select({ id: assessments.id, status: assessments.status, finalisedAt: assessments.finalisedAt })
    .from(assessments)
    .where(eq(assessments.caseId, row.id))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(1);
  const [plan] = await tx
    .select({ version: servicePlans.version, agreedAt: servicePlans.agreedAt })
    .from(servicePlans)
    .where(eq(servicePlans.caseId, row.id));
  return {
    caseId: row.id,
    status: row.status as MonitoringT["status"],
    riskLevel: row.riskLevel as MonitoringT["riskLevel"],
    nextReviewAt: row.nextReviewAt?.toISOString() ?? null,
    reviewDue: Boolean(row.nextReviewAt && row.nextReviewAt <= now),
    latestAssessment: latest
      ? { id: latest.id, status: latest.status as "draft" | "final", finalisedAt: latest.finalisedAt?.toISOString() ?? null }
      : null,
    plan: plan ? { version: plan.version, agreedAt: plan.agreedAt?.toISOString() ?? null } : null,
    interventions: items,
    overdueCount: items.filter((i) => i.overdue).length,
    policeReport: await policeReportOf(tx, ctx.cipher, row, now),
  };
}
