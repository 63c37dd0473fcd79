// Finalises a draft assessment: its risk level becomes the case's and the next review date follows (30 days at high risk, else 90).
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { touched } from "../case-access.js";
import { reviewDueFrom } from "../review-schedule.js";
import { cases } from "../schema.js";
import { assessmentView } from "./assessment-view.js";
import type { AssessmentT, FinaliseAssessmentBody } from "./contracts.js";
import { loadAssessment } from "./load-assessment.js";
import { assessmentRevisions, assessments } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { requireRunning } from "./services-access.js";

export async function finaliseAssessment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof FinaliseAssessmentBody>,
): Promise<AssessmentT> {
  return ctx.database.db.transaction(async (tx) => {
    const { assessment, row } = await loadAssessment(tx, actor, id, "case.assess", true);
    requireRunning(row);
    if (assessment.status !== "draft") throw new AppError(409, "services.assessment_final");
    if (assessment.version !== body.version) throw new AppError(409, "services.stale");
    const riskLevel = assessment.riskLevel;
    if (!riskLevel) throw new AppError(400, "services.risk_required", {}, [{ path: "riskLevel", message: "" }]);
    const now = new Date();
    const [final] = await tx
      .update(assessments)
      .set({
        status: "final",
        finalisedAt: now,
        finalisedBy: actor.userId,
        updatedBy: actor.userId,
        updatedAt: now,
        version: sql`${assessments.version} + 1`,
      })
      .where(and(eq(assessments.id, assessment.id), eq(assessments.version, body.version)))
      .returning();
    if (!final) throw new AppError(409, "services.stale");
    await tx.insert(assessmentRevisions).values({
      assessmentId: final.id,
      version: final.version,
      status: "final",
      sectionsEnc: final.sectionsEnc,
      riskLevel,
      savedBy: actor.userId,
      savedAt: now,
    });
    const nextReviewAt = reviewDueFrom(now, riskLevel);
    await tx
      .update(cases)
      .set({ riskLevel, nextReviewAt, ...touched() })
      .where(eq(cases.id, row.id));
    const details = { assessmentId: final.id, riskLevel, previousRiskLevel: row.riskLevel };
    await noteServiceStep(tx, row, "assessment_finalised", actor.userId, details);
    await recordAudit(tx, {
      action: "assessment.finalised",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { ...details, nextReviewAt: nextReviewAt.toISOString() },
    });
    return assessmentView(tx, ctx.cipher, final);
  });
}
