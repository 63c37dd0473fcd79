// Loads a case for consent work through the visibility predicate, with whether its client is a child (guardian required).
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { reports } from "../../reports/schema.js";
import { type CaseRow, loadCase } from "../case-access.js";

/** Statuses in which consent may be asked or recorded: the case runs. */
export const CONSENT_STATUSES: ReadonlySet<string> = new Set(["open", "termination_requested", "termination_approved"]);

/** A child's complaint (category child): consent and signatures come from a parent or guardian. */
export async function guardianRequired(tx: Tx, row: Pick<CaseRow, "reportId">): Promise<boolean> {
  const [report] = await tx.select({ category: reports.category }).from(reports).where(eq(reports.id, row.reportId));
  return report?.category === "child";
}

export async function loadConsentCase(
  tx: Tx,
  actor: Actor,
  id: string,
  permission: Permission = "case.consent.manage",
  lock = false,
) {
  const row = await loadCase(tx, actor, permission, id, lock);
  return { row, child: await guardianRequired(tx, row) };
}

export function requireConsentStatus(row: CaseRow): void {
  if (!CONSENT_STATUSES.has(row.status)) throw new AppError(409, "consent.wrong_status");
}
