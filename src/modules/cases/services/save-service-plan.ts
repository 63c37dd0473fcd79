// Saves a case's service plan (optimistic concurrency by version): adds, updates and retires interventions; clears the agreement.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { publishEvent } from "../../../platform/realtime/publish.js";
import type { CaseRow } from "../case-access.js";
import { interventions } from "../schema.js";
import { checkPlan, withSessions } from "./check-plan.js";
import type { SavePlanBody, ServicePlanT } from "./contracts.js";
import { caseInterventions } from "./intervention-view.js";
import { planView } from "./plan-view.js";
import { servicePlans } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { loadServicesCase, requireRunning } from "./services-access.js";
import { sealServices } from "./services-seal.js";

type Body = z.output<typeof SavePlanBody>;

/**
 * Tells each newly responsible provider live (ids only), and each provider whose intervention was taken away, removed
 * or cancelled, so that their worklists refresh.
 */
async function announceAssignments(tx: Tx, row: CaseRow, providerIds: Set<string>, changed: Set<string>) {
  for (const providerId of providerIds) {
    await publishEvent(tx, { type: "case.intervention_assigned", unitId: row.unitId, id: row.id, data: { providerId } });
  }
  for (const providerId of changed) {
    if (providerIds.has(providerId)) continue;
    await publishEvent(tx, { type: "case.intervention_changed", unitId: row.unitId, id: row.id, data: { providerId } });
  }
}

/** The plan row at the submitted version, created at version 1 when the body says 0; anything else is stale. */
async function nextPlan(tx: Tx, row: CaseRow, actorId: string, version: number) {
  const [plan] = await tx.select().from(servicePlans).where(eq(servicePlans.caseId, row.id)).for("update");
  if ((plan?.version ?? 0) !== version) throw new AppError(409, "services.stale");
  const change = { updatedBy: actorId, updatedAt: new Date(), agreedAt: null, agreedVia: null, agreedByClient: null };
  const [saved] = plan
    ? await tx
        .update(servicePlans)
        .set({ ...change, agreedRecordedBy: null, version: sql`${servicePlans.version} + 1` })
        .where(eq(servicePlans.id, plan.id))
        .returning()
    : await tx
        .insert(servicePlans)
        .values({ caseId: row.id, ...change })
        .returning();
  if (!saved) throw new Error("service plan not stored");
  return saved;
}

export async function saveServicePlan(ctx: AppContext, actor: Actor, caseId: string, body: Body): Promise<ServicePlanT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadServicesCase(tx, actor, "case.plan", caseId, true);
    requireRunning(row);
    const existing = await caseInterventions(tx, row.id);
    const recorded = await withSessions(tx, existing);
    await checkPlan(tx, row.unitId, body, existing, recorded);
    const plan = await nextPlan(tx, row, actor.userId, body.version);
    const now = new Date();
    const counts = { added: 0, updated: 0, cancelled: 0, removed: 0 };
    const assigned = new Set<string>();
    const changed = new Set<string>();
    for (const item of body.interventions) {
      const values = {
        serviceType: item.serviceType,
        providerId: item.providerId,
        targetDate: item.targetDate,
        goalEnc: sealServices(ctx.cipher, "intervention_goal", item.goal),
        planId: plan.id,
        updatedAt: now,
      };
      const current = existing.find((r) => r.id === item.id);
      if (!current) {
        await tx.insert(interventions).values({ caseId: row.id, ...values });
        assigned.add(item.providerId);
        counts.added++;
      } else if (current.status === "planned" || current.status === "in_progress") {
        await tx
          .update(interventions)
          .set({ ...values, version: sql`${interventions.version} + 1` })
          .where(eq(interventions.id, current.id));
        if (current.providerId !== item.providerId) {
          assigned.add(item.providerId);
          changed.add(current.providerId);
        }
        counts.updated++;
      }
    }
    const kept = new Set(body.interventions.map((i) => i.id).filter(Boolean));
    const left = existing.filter((r) => !kept.has(r.id) && (r.status === "planned" || r.status === "in_progress"));
    const removable = left.filter((r) => r.status === "planned" && !recorded.has(r.id)).map((r) => r.id);
    const retired = left.map((r) => r.id).filter((id) => !removable.includes(id));
    if (removable.length) await tx.delete(interventions).where(inArray(interventions.id, removable));
    if (retired.length) {
      await tx
        .update(interventions)
        .set({ status: "cancelled", updatedAt: now, version: sql`${interventions.version} + 1` })
        .where(and(inArray(interventions.id, retired), eq(interventions.caseId, row.id)));
    }
    for (const r of left) changed.add(r.providerId);
    counts.removed = removable.length;
    counts.cancelled = retired.length;
    const details = { planId: plan.id, planVersion: plan.version, ...counts };
    await noteServiceStep(tx, row, "service_plan_saved", actor.userId, details);
    await announceAssignments(tx, row, assigned, changed);
    await recordAudit(tx, {
      action: "service_plan.saved",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details,
    });
    return planView(tx, ctx.cipher, row);
  });
}
