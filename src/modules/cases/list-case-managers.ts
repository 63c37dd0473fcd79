// The unit's active case managers with their caseload (cases in hand, high-risk ones), to help the supervisor choose.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type Actor, requireUnit } from "../../platform/access/actor.js";
import type { Db } from "../../platform/db/connection.js";
import { roleGrants, users } from "../people/schema.js";
import type { CaseManagerLoadT } from "./contracts.js";
import { cases } from "./schema.js";
import type { CaseStatus } from "./transitions.js";

/** The statuses in which a case is in the case manager's hands. */
export const ACTIVE_STATUSES: CaseStatus[] = ["open", "termination_requested", "termination_approved"];

export async function listCaseManagers(db: Db, actor: Actor, unitId: string): Promise<CaseManagerLoadT[]> {
  requireUnit(actor, "case.oversee", unitId);
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      activeCases: sql<number>`(SELECT count(*)::int FROM ${cases} WHERE ${cases.caseManagerId} = ${users.id} AND ${cases.unitId} = ${unitId} AND ${inArray(cases.status, ACTIVE_STATUSES)})`,
      highRiskCases: sql<number>`(SELECT count(*)::int FROM ${cases} WHERE ${cases.caseManagerId} = ${users.id} AND ${cases.unitId} = ${unitId} AND ${inArray(cases.status, ACTIVE_STATUSES)} AND ${cases.riskLevel} = 'high')`,
    })
    .from(users)
    .innerJoin(
      roleGrants,
      and(eq(roleGrants.userId, users.id), eq(roleGrants.role, "case_manager"), eq(roleGrants.unitId, unitId)),
    )
    .where(eq(users.disabled, false))
    .orderBy(asc(users.displayName), asc(users.id));
  return rows.map((r) => ({ ...r, activeCases: Number(r.activeCases), highRiskCases: Number(r.highRiskCases) }));
}
