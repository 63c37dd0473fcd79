// Moves an intervention's status: its provider starts and completes it; the case manager or a supervisor may also cancel or reopen.
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import { interventions } from "../schema.js";
import type { InterventionStatusBody, InterventionT } from "./contracts.js";
import { interventionViews } from "./intervention-view.js";
import { noteServiceStep } from "./service-step.js";
import { INTERVENTION_MOVES, type InterventionStatus } from "./service-types.js";
import { loadIntervention, requireRunning } from "./services-access.js";
import { todayInUnit } from "./today.js";

export async function setInterventionStatus(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof InterventionStatusBody>,
): Promise<InterventionT> {
  return ctx.database.db.transaction(async (tx) => {
    const { intervention, row, holder, worker } = await loadIntervention(tx, actor, id, "case.plan", true);
    requireRunning(row);
    if (intervention.version !== body.version) throw new AppError(409, "services.stale");
    const from = intervention.status as InterventionStatus;
    const allowed = INTERVENTION_MOVES[from][body.status] ?? [];
    if (!allowed.some((who) => (who === "holder" ? holder : worker))) throw new AppError(409, "services.status_not_allowed");
    const [updated] = await tx
      .update(interventions)
      .set({ status: body.status, updatedAt: new Date(), version: sql`${interventions.version} + 1` })
      .where(and(eq(interventions.id, intervention.id), eq(interventions.version, body.version)))
      .returning();
    if (!updated) throw new AppError(409, "services.stale");
    const details = { interventionId: intervention.id, from, to: body.status };
    await noteServiceStep(tx, row, "intervention_status_changed", actor.userId, details);
    if (intervention.providerId !== actor.userId) {
      // The provider's worklist follows a move made by the case manager (cancelled, reopened, done).
      const data = { providerId: intervention.providerId };
      await publishEvent(tx, { type: "case.intervention_changed", unitId: row.unitId, id: row.id, data });
    }
    await recordAudit(tx, {
      action: "intervention.status_changed",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details,
    });
    const [view] = await interventionViews(tx, ctx.cipher, [updated], await todayInUnit(tx, row.unitId));
    return view as InterventionT;
  });
}
