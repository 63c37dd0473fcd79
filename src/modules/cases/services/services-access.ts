// Who may work a case's services: the case's case manager or the unit's overseers; services run only while the case does.
import { eq } from "drizzle-orm";
import { type Actor, can } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { type CaseRow, loadCase } from "../case-access.js";
import { interventions } from "../schema.js";

/** Statuses in which assessments, the plan and sessions may change: the case is open (termination may be pending). */
const RUNNING: ReadonlySet<string> = new Set(["open", "termination_requested"]);

/** The case's case manager, or a head/supervisor of its unit: sees and steers every service of the case. */
export function isCaseWorker(actor: Actor, row: CaseRow): boolean {
  return row.caseManagerId === actor.userId || can(actor, "case.oversee", row.unitId);
}

/** The case if the actor may see it, holds `permission` in its unit and is its case manager or an overseer. */
export async function loadServicesCase(tx: Tx, actor: Actor, permission: Permission, id: string, lock = false) {
  const row = await loadCase(tx, actor, permission, id, lock);
  if (!isCaseWorker(actor, row)) throw new AppError(403, "services.not_case_worker");
  return row;
}

export function requireRunning(row: CaseRow): void {
  if (!RUNNING.has(row.status)) throw new AppError(409, "services.case_not_open");
}

export function requireNotClosed(row: CaseRow): void {
  if (row.status === "closed") throw new AppError(409, "services.case_closed");
}

export type InterventionRow = typeof interventions.$inferSelect;

/**
 * An intervention with its case, for the provider holding it or a worker of the case (with `workerPermission` in the
 * unit). Anyone else — another provider of the same case included — gets 404: its existence is not revealed.
 */
export async function loadIntervention(tx: Tx, actor: Actor, id: string, workerPermission: Permission, lock = false) {
  const select = () => tx.select().from(interventions).where(eq(interventions.id, id));
  const [found] = await select();
  if (!found) throw new AppError(404, "error.not_found");
  // With `lock`, the case first, then the intervention: the order every services command keeps.
  const row = await loadCase(tx, actor, "case.read", found.caseId, lock);
  const [intervention] = lock ? await select().for("update") : [found];
  if (!intervention) throw new AppError(404, "error.not_found");
  const holder = intervention.providerId === actor.userId;
  const worker = isCaseWorker(actor, row) && can(actor, workerPermission, row.unitId);
  if (!holder && !worker) throw new AppError(404, "error.not_found");
  return { intervention, row, holder, worker };
}
