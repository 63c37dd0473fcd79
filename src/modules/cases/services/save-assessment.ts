// Saves a draft assessment: the version the user loaded must still be current (409 otherwise, nothing written); a revision is kept.
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { assessmentView, fullSections, sealSections } from "./assessment-view.js";
import type { AssessmentT, SaveAssessmentBody } from "./contracts.js";
import { loadAssessment } from "./load-assessment.js";
import { assessmentRevisions, assessments } from "./schema.js";
import { requireRunning } from "./services-access.js";

export async function saveAssessment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: z.output<typeof SaveAssessmentBody>,
): Promise<AssessmentT> {
  return ctx.database.db.transaction(async (tx) => {
    const { assessment, row } = await loadAssessment(tx, actor, id, "case.assess", true);
    requireRunning(row);
    if (assessment.status !== "draft") throw new AppError(409, "services.assessment_final");
    if (assessment.version !== body.version) throw new AppError(409, "services.stale");
    const sectionsEnc = sealSections(ctx.cipher, fullSections(body.sections));
    const riskLevel = body.riskLevel ?? null;
    const [saved] = await tx
      .update(assessments)
      .set({ sectionsEnc, riskLevel, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${assessments.version} + 1` })
      .where(and(eq(assessments.id, assessment.id), eq(assessments.version, body.version)))
      .returning();
    if (!saved) throw new AppError(409, "services.stale");
    await tx.insert(assessmentRevisions).values({
      assessmentId: saved.id,
      version: saved.version,
      status: "draft",
      sectionsEnc,
      riskLevel,
      savedBy: actor.userId,
    });
    await recordAudit(tx, {
      action: "assessment.saved",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { assessmentId: saved.id, version: saved.version },
    });
    return assessmentView(tx, ctx.cipher, saved);
  });
}
