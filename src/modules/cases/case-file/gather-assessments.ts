// Reads a case's assessments (every final one and the draft in progress) and its service plan's record for the file.
import { asc, eq } from "drizzle-orm";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { unsealSections } from "../services/assessment-view.js";
import { assessments, servicePlans } from "../services/schema.js";
import { ASSESSMENT_SECTIONS } from "../services/service-types.js";
import type { AssessmentEntry, PlanRecord } from "./case-file-types.js";

/** `nameOf` resolves staff ids to display names; it is filled by the caller after this read (see `staffIds`). */
export async function readAssessmentsAndPlan(tx: Tx, cipher: FieldCipher, caseId: string, nameOf: (id: string) => string) {
  const rows = await tx
    .select()
    .from(assessments)
    .where(eq(assessments.caseId, caseId))
    .orderBy(asc(assessments.createdAt), asc(assessments.id));
  const [plan] = await tx.select().from(servicePlans).where(eq(servicePlans.caseId, caseId));
  const staffIds = [
    ...rows.flatMap((a) => [a.createdBy, a.updatedBy, a.finalisedBy]),
    ...(plan ? [plan.updatedBy, plan.agreedRecordedBy] : []),
  ].filter((id): id is string => id !== null);
  return {
    staffIds,
    /** Builds the records once the staff names are known. */
    records: (): { assessments: AssessmentEntry[]; plan: PlanRecord | null } => ({
      assessments: rows.map((a) => {
        const sections = unsealSections(cipher, a.sectionsEnc);
        return {
          status: a.status === "final" ? "final" : "draft",
          reassessment: a.previousId !== null,
          version: a.version,
          riskLevel: a.riskLevel,
          sections: ASSESSMENT_SECTIONS.map((section) => ({ section, text: sections[section] })),
          createdBy: nameOf(a.createdBy),
          createdAt: a.createdAt,
          updatedBy: nameOf(a.updatedBy),
          updatedAt: a.updatedAt,
          finalisedBy: a.finalisedBy ? nameOf(a.finalisedBy) : null,
          finalisedAt: a.finalisedAt,
        };
      }),
      plan: plan
        ? {
            version: plan.version,
            updatedBy: nameOf(plan.updatedBy),
            updatedAt: plan.updatedAt,
            agreedAt: plan.agreedAt,
            agreedVia: plan.agreedVia,
            agreedBy: plan.agreedByClient,
            agreedRecordedBy: plan.agreedRecordedBy ? nameOf(plan.agreedRecordedBy) : null,
          }
        : null,
    }),
  };
}
