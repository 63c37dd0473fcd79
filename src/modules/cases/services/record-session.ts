// Records one session of an intervention (the intervention form), sealed; only its provider or the case's case manager may.
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { interventions } from "../schema.js";
import type { InterventionSessionT, SessionBody } from "./contracts.js";
import { interventionSessions } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { loadIntervention, requireRunning } from "./services-access.js";
import { sealServices } from "./services-seal.js";
import { sessionViews } from "./session-view.js";
import { todayInUnit } from "./today.js";

export async function recordSession(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof SessionBody>,
): Promise<InterventionSessionT> {
  return ctx.database.db.transaction(async (tx) => {
    const { intervention, row } = await loadIntervention(tx, actor, id, "intervention.record", true);
    requireRunning(row);
    if (intervention.status !== "planned" && intervention.status !== "in_progress") {
      throw new AppError(409, "services.intervention_closed");
    }
    if (body.heldOn > (await todayInUnit(tx, row.unitId))) {
      throw new AppError(400, "services.future_time", {}, [{ path: "heldOn", message: "" }]);
    }
    const [session] = await tx
      .insert(interventionSessions)
      .values({
        interventionId: intervention.id,
        caseId: row.id,
        heldOn: body.heldOn,
        doneEnc: sealServices(ctx.cipher, "session_done", body.whatWasDone) as string,
        resultEnc: sealServices(ctx.cipher, "session_result", body.result) as string,
        followUpEnc: sealServices(ctx.cipher, "session_follow_up", body.followUp),
        recordedBy: actor.userId,
      })
      .returning();
    if (!session) throw new Error("session not stored");
    if (intervention.status === "planned") {
      await tx
        .update(interventions)
        .set({ status: "in_progress", updatedAt: new Date(), version: sql`${interventions.version} + 1` })
        .where(eq(interventions.id, intervention.id));
    }
    const details = { interventionId: intervention.id, sessionId: session.id };
    await noteServiceStep(tx, row, "intervention_session_recorded", actor.userId, details);
    await recordAudit(tx, {
      action: "intervention.session_recorded",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details,
    });
    const [view] = await sessionViews(tx, ctx.cipher, [session]);
    return view as InterventionSessionT;
  });
}
