// Starts a draft assessment of a case; when a final one exists this is the re-assessment at review, linked to it.
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import { recordAudit } from "../../../platform/audit/record.js";
import type { AppContext } from "../../../platform/http/context.js";
import { AppError } from "../../../platform/http/errors.js";
import { assessmentView, fullSections, sealSections, unsealSections } from "./assessment-view.js";
import type { AssessmentT, CreateAssessmentBody } from "./contracts.js";
import { assessmentRevisions, assessments } from "./schema.js";
import { noteServiceStep } from "./service-step.js";
import { loadServicesCase, requireRunning } from "./services-access.js";

export async function createAssessment(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: z.output<typeof CreateAssessmentBody>,
): Promise<AssessmentT> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadServicesCase(tx, actor, "case.assess", caseId, true);
    requireRunning(row);
    const [draft] = await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.caseId, row.id), eq(assessments.status, "draft")));
    if (draft) throw new AppError(409, "services.draft_exists");
    const [previous] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.caseId, row.id), eq(assessments.status, "final")))
      .orderBy(desc(assessments.finalisedAt))
      .limit(1);
    const sections = body.sections ? fullSections(body.sections) : unsealSections(ctx.cipher, previous?.sectionsEnc ?? null);
    const riskLevel = body.riskLevel ?? previous?.riskLevel ?? null;
    const sectionsEnc = sealSections(ctx.cipher, sections);
    const [created] = await tx
      .insert(assessments)
      .values({
        caseId: row.id,
        previousId: previous?.id ?? null,
        sectionsEnc,
        riskLevel,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!created) throw new Error("assessment not stored");
    await tx
      .insert(assessmentRevisions)
      .values({ assessmentId: created.id, version: 1, status: "draft", sectionsEnc, riskLevel, savedBy: actor.userId });
    const details = { assessmentId: created.id, reassessment: Boolean(previous) };
    await noteServiceStep(tx, row, "assessment_started", actor.userId, details);
    await recordAudit(tx, {
      action: "assessment.created",
      actorId: actor.userId,
      unitId: row.unitId,
      targetType: "case",
      targetId: row.id,
      details: { ...details, previousId: previous?.id ?? null },
    });
    return assessmentView(tx, ctx.cipher, created);
  });
}
