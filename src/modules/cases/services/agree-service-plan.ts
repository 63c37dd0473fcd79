// Records that the client (or guardian) agreed to the service plan at its current version: how, and who recorded it.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import type { AgreePlanBody, ServicePlanT } from "./contracts.js";
import { caseInterventions } from "./intervention-view.js";
import { planView } from "./plan-view.js";
import { servicePlans } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { loadServicesCase, requireRunning } from "./services-access.js";

export async function agreeServicePlan(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: z.output<typeof AgreePlanBody>,
): Promise<ServicePlanT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadServicesCase(tx, actor, "case.plan", caseId, true);
    requireRunning(row);
    const [plan] = await tx.select().from(servicePlans).where(eq(servicePlans.caseId, row.id)).for("update");
    if (!plan || plan.version !== body.version) throw new AppError(409, "services.stale");
    const active = (await caseInterventions(tx, row.id)).filter((i) => i.status !== "cancelled");
    if (!active.length) throw new AppError(409, "services.plan_empty");
    const [agreed] = await tx
      .update(servicePlans)
      .set({ agreedAt: new Date(), agreedVia: body.agreedVia, agreedByClient: body.agreedBy, agreedRecordedBy: actor.userId })
      .where(and(eq(servicePlans.id, plan.id), eq(servicePlans.version, body.version)))
      .returning();
    if (!agreed) throw new AppError(409, "services.stale");
    const details = { planId: plan.id, planVersion: plan.version, agreedVia: body.agreedVia, agreedBy: body.agreedBy };
    await noteServiceStep(tx, row, "service_plan_agreed", actor.userId, details);
    await recordAudit(tx, {
      action: "service_plan.agreed",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details,
    });
    return planView(tx, ctx.cipher, row);
  });
}
