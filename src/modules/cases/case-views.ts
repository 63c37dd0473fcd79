// Shapes cases for the API: the summary row (case + the complaint's non-identifying facts + people + overdue flags) and its query.
import { desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "../../platform/access/actor.js";
import type { Tx } from "../../platform/db/connection.js";
import { users } from "../people/schema.js";
import { reports } from "../reports/schema.js";
import { flagsOf, NO_FLAGS } from "./case-flags.js";
import type { CaseSummaryT } from "./contracts.js";
import { cases } from "./schema.js";

const manager = alias(users, "case_manager");
const submitter = alias(users, "submitter");

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** High risk first, then the newest submission. */
export const BY_URGENCY = [sql`(${cases.riskLevel} = 'high') DESC NULLS LAST`, desc(cases.submittedAt), desc(cases.id)];

/**
 * Case summaries matching `where` (which must include the visibility predicate). The page is chosen first, in `order`
 * (BY_URGENCY is served by the urgency indexes); its flags are then read for those ids alone (case-flags.ts): in the same
 * statement they were computed for every skipped row of a far page too, and their cost estimate tipped PostgreSQL into JIT
 * compilation (a case manager's page 100 took twice as long).
 */
export async function selectSummaries(
  tx: Tx,
  viewer: Actor,
  where: SQL | undefined,
  page: { limit: number; offset?: number; order?: SQL[] },
): Promise<CaseSummaryT[]> {
  const rows = await tx
    .select({
      c: cases,
      trackingCode: reports.trackingCode,
      category: reports.category,
      violenceTypes: reports.violenceTypes,
      inDanger: reports.inDanger,
      managerName: manager.displayName,
      submitterName: submitter.displayName,
    })
    .from(cases)
    .innerJoin(reports, eq(reports.id, cases.reportId))
    .innerJoin(submitter, eq(submitter.id, cases.submittedBy))
    .leftJoin(manager, eq(manager.id, cases.caseManagerId))
    .where(where)
    .orderBy(...(page.order ?? BY_URGENCY))
    .limit(page.limit)
    .offset(page.offset ?? 0);
  const ids = rows.map((r) => r.c.id);
  const flags = await flagsOf(tx, viewer, ids);
  return rows.map((r) => ({
    id: r.c.id,
    unitId: r.c.unitId,
    reportId: r.c.reportId,
    registerNumber: r.c.registerNumber,
    trackingCode: r.trackingCode,
    status: r.c.status as CaseSummaryT["status"],
    category: r.category as CaseSummaryT["category"],
    violenceTypes: r.violenceTypes as CaseSummaryT["violenceTypes"],
    riskLevel: r.c.riskLevel as CaseSummaryT["riskLevel"],
    inDanger: r.inDanger,
    caseManager: r.c.caseManagerId ? { id: r.c.caseManagerId, displayName: r.managerName ?? "" } : null,
    submittedBy: { id: r.c.submittedBy, displayName: r.submitterName },
    submittedAt: r.c.submittedAt.toISOString(),
    updatedAt: r.c.updatedAt.toISOString(),
    version: r.c.version,
    ...(flags.get(r.c.id) ?? NO_FLAGS),
  }));
}
