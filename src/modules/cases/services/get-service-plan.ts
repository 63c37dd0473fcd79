// A case's service plan with every intervention, for its case manager and the unit's head and supervisors.
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { ServicePlanT } from "./contracts.js";
import { planView } from "./plan-view.js";
import { loadServicesCase } from "./services-access.js";

export async function getServicePlan(ctx: AppContext, actor: Actor, caseId: string): Promise<ServicePlanT> {
  const tx = ctx.database.db;
  const row = await loadServicesCase(tx, actor, "case.services.read", caseId);
  return planView(tx, ctx.cipher, row);
}
