// A case's assessments, newest first: the first one, its re-assessments and the draft under way.
import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { assessmentViews } from "./assessment-view.js";
import type { AssessmentT } from "./contracts.js";
import { assessments } from "./schema.js";
import { loadServicesCase } from "./services-access.js";

export async function listAssessments(ctx: AppContext, actor: Actor, caseId: string): Promise<AssessmentT[]> {
  const tx = ctx.database.db;
  const row = await loadServicesCase(tx, actor, "case.services.read", caseId);
  const rows = await tx
    .select()
    .from(assessments)
    .where(eq(assessments.caseId, row.id))
    .orderBy(desc(assessments.createdAt), desc(assessments.id));
  return assessmentViews(tx, ctx.cipher, rows);
}
