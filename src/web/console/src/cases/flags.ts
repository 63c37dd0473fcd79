// The overdue flags of a case summary as the console reads them: the police deadline turns overdue on the clock, not only on refetch.
import type { CaseSummaryT } from "./contracts";

type Flags = Pick<CaseSummaryT, "reviewOverdue" | "policeDeadline" | "policeDueAt" | "overdueInterventions">;

/** pending | overdue while the police report of a sexual-violence case is outstanding, else null. */
export function policeState(c: Flags, now: number): "pending" | "overdue" | null {
  if (!c.policeDeadline || !c.policeDueAt) return null;
  return c.policeDeadline === "overdue" || Date.parse(c.policeDueAt) < now ? "overdue" : "pending";
}

/** Something about the case is late: its review, its police report or one of its interventions. */
export function isOverdue(c: Flags, now: number): boolean {
  return c.reviewOverdue || c.overdueInterventions > 0 || policeState(c, now) === "overdue";
}
