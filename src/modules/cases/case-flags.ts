// The overdue flags of case summaries: review date passed, the sexual-violence police report outstanding, interventions past
// their target day. Read for the ids of a page already chosen, so that the cost follows the page, never the offset or the unit.
import { eq, sql } from "drizzle-orm";
import type { Actor } from "../../platform/access/actor.js";
import type { Tx } from "../../platform/db/connection.js";
import { units } from "../people/schema.js";
import { reports } from "../reports/schema.js";
import type { CaseSummaryT } from "./contracts.js";
import { cases, interventions } from "./schema.js";
import { POLICE_REPORT_HOURS } from "./services/police-deadline.js";
import { policeReportDeadlines } from "./services/schema.js";
import { overseenBy } from "./visibility.js";

export type CaseFlags = Pick<CaseSummaryT, "reviewOverdue" | "policeDeadline" | "policeDueAt" | "overdueInterventions">;

export const NO_FLAGS: CaseFlags = { reviewOverdue: false, policeDeadline: null, policeDueAt: null, overdueInterventions: 0 };

/** A case in hand: its reviews and interventions are followed (CaseManagerLoad counts the same statuses). */
const IN_HAND = sql`${cases.status} IN ('open', 'termination_requested')`;

/** Next review date passed while the case is in hand (as the monitoring page's reviewDue). */
const reviewOverdue = sql<boolean>`coalesce(${IN_HAND} AND ${cases.nextReviewAt} <= now(), false)`;

/** When the police report of a sexual-violence complaint not yet closed is due, unless met or waived (police-deadline.ts). */
const policeDueAt = sql<Date | string | null>`CASE WHEN ${cases.status} <> 'closed' AND 'sexual' = ANY(${reports.violenceTypes})
  AND NOT EXISTS (SELECT 1 FROM ${policeReportDeadlines} WHERE ${policeReportDeadlines.caseId} = ${cases.id}
    AND (${policeReportDeadlines.metAt} IS NOT NULL OR ${policeReportDeadlines.waivedAt} IS NOT NULL))
  THEN ${reports.createdAt} + make_interval(hours => ${POLICE_REPORT_HOURS}) END`;

/**
 * Interventions past their target day in the unit's calendar and still planned or under way (today.ts isOverdue):
 * all of the case's for its case manager and the unit's overseers, a provider's own for a provider.
 */
const overdueInterventions = (viewer: Actor) => sql<number>`CASE WHEN ${IN_HAND} THEN (
  SELECT count(*)::int FROM ${interventions} WHERE ${interventions.caseId} = ${cases.id}
    AND ${interventions.status} IN ('planned', 'in_progress')
    AND ${interventions.targetDate} < (now() AT TIME ZONE ${units.timeZone})::date
    AND (${cases.caseManagerId} = ${viewer.userId} OR ${overseenBy(viewer)} OR ${interventions.providerId} = ${viewer.userId})
  ) ELSE 0 END`;

/** The flags of the given cases by id; the police state compares the due time with the clock, as police-deadline.ts does. */
export async function flagsOf(tx: Tx, viewer: Actor, ids: string[]): Promise<Map<string, CaseFlags>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: cases.id, reviewOverdue, policeDueAt, overdueInterventions: overdueInterventions(viewer) })
    .from(cases)
    .innerJoin(reports, eq(reports.id, cases.reportId))
    .innerJoin(units, eq(units.id, cases.unitId))
    // One array parameter, not one per id: the board asks for 200.
    .where(sql`${cases.id} = ANY(${`{${ids.join(",")}}`}::uuid[])`);
  const now = Date.now();
  return new Map(
    rows.map((r) => {
      const dueAt = r.policeDueAt === null ? null : new Date(r.policeDueAt);
      const flags: CaseFlags = {
        reviewOverdue: Boolean(r.reviewOverdue),
        policeDeadline: dueAt ? (now > dueAt.getTime() ? "overdue" : "pending") : null,
        policeDueAt: dueAt ? dueAt.toISOString() : null,
        overdueInterventions: Number(r.overdueInterventions),
      };
      return [r.id, flags];
    }),
  );
}
