// The providers a case manager may choose for a case's interventions, each with the service types their profession fits.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { ProviderChoice } from "./contracts.js";
import { providersOfUnit, servicesFor } from "./provider-choices.js";
import { loadServicesCase } from "./services-access.js";

export async function listProviderChoices(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
): Promise<z.infer<typeof ProviderChoice>[]> {
  const tx = ctx.database.db;
  const row = await loadServicesCase(tx, actor, "case.plan", caseId);
  const providers = await providersOfUnit(tx, row.unitId);
  return providers.map((p) => ({ ...p, serviceTypes: servicesFor(p.profession) }));
}
