// The provider's open interventions (planned or under way), overdue first, then by target date.
import type { MyInterventionT } from "../cases/services/contracts";

export const isOpen = (i: Pick<MyInterventionT, "status">) => i.status === "planned" || i.status === "in_progress";

export function openOverdueFirst<T extends Pick<MyInterventionT, "status" | "overdue" | "targetDate">>(items: T[]): T[] {
  return items
    .filter(isOpen)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.targetDate ?? "9999").localeCompare(b.targetDate ?? "9999"));
}
