// Every saved version of one assessment, newest first: what each save held and who saved it.
import { desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { unsealSections } from "./assessment-view.js";
import type { AssessmentRevision } from "./contracts.js";
import { loadAssessment } from "./load-assessment.js";
import { namesOf } from "./people-names.js";
import { assessmentRevisions } from "./schema.js";

type Revision = z.infer<typeof AssessmentRevision>;

export async function listAssessmentRevisions(ctx: AppContext, actor: Actor, id: string): Promise<Revision[]> {
  const tx = ctx.database.db;
  const { assessment } = await loadAssessment(tx, actor, id, "case.services.read");
  const rows = await tx
    .select()
    .from(assessmentRevisions)
    .where(eq(assessmentRevisions.assessmentId, assessment.id))
    .orderBy(desc(assessmentRevisions.version));
  const names = await namesOf(
    tx,
    rows.map((r) => r.savedBy),
  );
  return rows.map((r) => ({
    version: r.version,
    status: r.status as Revision["status"],
    riskLevel: r.riskLevel as Revision["riskLevel"],
    sections: unsealSections(ctx.cipher, r.sectionsEnc),
    savedBy: names(r.savedBy),
    savedAt: r.savedAt.toISOString(),
  }));
}
