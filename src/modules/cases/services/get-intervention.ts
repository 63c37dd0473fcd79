// One intervention with its session records: for the provider holding it, and the case's case manager, head and supervisors.
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import type { InterventionDetail } from "./contracts.js";
import { interventionViews } from "./intervention-view.js";
import { loadIntervention } from "./services-access.js";
import { sessionsOf, sessionViews } from "./session-view.js";
import { todayInUnit } from "./today.js";

export async function getIntervention(ctx: AppContext, actor: Actor, id: string): Promise<z.infer<typeof InterventionDetail>> {
  const tx = ctx.database.db;
  const { intervention, row } = await loadIntervention(tx, actor, id, "case.services.read");
  const [view] = await interventionViews(tx, ctx.cipher, [intervention], await todayInUnit(tx, row.unitId));
  return {
    ...(view as NonNullable<typeof view>),
    sessions: await sessionViews(tx, ctx.cipher, await sessionsOf(tx, intervention.id)),
  };
}
