// The plan editor's values: one row per intervention still to work (planned or under way) plus new ones, to and from the API.

import type { ServicePlanT } from "./contracts";
import type { PlannedBody } from "./plan-mutations";

export type PlanRow = {
  /** React's key: the intervention's id, or a fresh one for a new row. */
  key: string;
  id?: string;
  serviceType: string;
  providerId: string;
  targetDate: string;
  goal: string;
  /** Sessions are recorded: service type and provider can no longer change (the server refuses). */
  locked: boolean;
  status: string;
};
export type PlanValues = { interventions: PlanRow[] };

let counter = 0;

export function newRow(): PlanRow {
  counter += 1;
  return { key: `new-${counter}`, serviceType: "", providerId: "", targetDate: "", goal: "", locked: false, status: "planned" };
}

/** Done and cancelled interventions stay as they are whatever the plan says; only the open ones are edited. */
export function fromPlan(plan: ServicePlanT): PlanValues {
  return {
    interventions: plan.interventions
      .filter((i) => i.status === "planned" || i.status === "in_progress")
      .map((i) => ({
        key: i.id,
        id: i.id,
        serviceType: i.serviceType,
        providerId: i.provider.id,
        targetDate: i.targetDate ?? "",
        goal: i.goal ?? "",
        locked: i.sessionCount > 0,
        status: i.status,
      })),
  };
}

export function toPlanBody(values: PlanValues, version: number): { version: number; interventions: PlannedBody[] } {
  return {
    version,
    interventions: values.interventions.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      serviceType: r.serviceType,
      providerId: r.providerId,
      targetDate: r.targetDate,
      goal: r.goal.trim(),
    })),
  };
}
