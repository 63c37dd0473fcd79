// Loads an assessment with its case for the actor: 404 unless the case is visible and the actor works it.
import { eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { Permission } from "../../../platform/access/permissions.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import { assessments } from "./schema.js";
import { loadServicesCase } from "./services-access.js";

/** With `lock`, the case row is locked first, then the assessment (the order every services command keeps). */
export async function loadAssessment(tx: Tx, actor: Actor, id: string, permission: Permission, lock = false) {
  const select = () => tx.select().from(assessments).where(eq(assessments.id, id));
  const [found] = await select();
  if (!found) throw new AppError(404, "error.not_found");
  const row = await loadServicesCase(tx, actor, permission, found.caseId, lock);
  const [assessment] = lock ? await select().for("update") : [found];
  if (!assessment) throw new AppError(404, "error.not_found");
  return { assessment, row };
}
