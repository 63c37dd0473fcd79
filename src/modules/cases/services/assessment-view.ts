// Shapes stored assessments (and their revisions) for the API: sections unsealed, people named.
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import type { Tx } from "../../../platform/db/connection.js";
import { AppError } from "../../../platform/http/errors.js";
import type { AssessmentT } from "./contracts.js";
import { namesOf } from "./people-names.js";
import type { assessments } from "./schema.js";
import { ASSESSMENT_SECTIONS } from "./service-types.js";
import { sealServices, unsealServices } from "./services-seal.js";

export type AssessmentRow = typeof assessments.$inferSelect;
export type Sections = AssessmentT["sections"];
type SectionsIn = Partial<Record<keyof Sections, string | null | undefined>>;

/** Every section, missing ones as null. */
export function fullSections(input: SectionsIn | undefined): Sections {
  return Object.fromEntries(ASSESSMENT_SECTIONS.map((k) => [k, input?.[k] ?? null])) as Sections;
}

export function sealSections(cipher: FieldCipher, sections: Sections): string | null {
  return Object.values(sections).some(Boolean) ? sealServices(cipher, "assessment_sections", JSON.stringify(sections)) : null;
}

export function unsealSections(cipher: FieldCipher, sealed: string | null): Sections {
  const text = unsealServices(cipher, "assessment_sections", sealed);
  return fullSections(text ? (JSON.parse(text) as SectionsIn) : undefined);
}

export async function assessmentViews(tx: Tx, cipher: FieldCipher, rows: AssessmentRow[]): Promise<AssessmentT[]> {
  const names = await namesOf(
    tx,
    rows.flatMap((r) => [r.createdBy, r.updatedBy, r.finalisedBy]),
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    previousId: r.previousId,
    status: r.status as AssessmentT["status"],
    version: r.version,
    riskLevel: r.riskLevel as AssessmentT["riskLevel"],
    sections: unsealSections(cipher, r.sectionsEnc),
    createdBy: names(r.createdBy),
    updatedBy: names(r.updatedBy),
    finalisedBy: names.maybe(r.finalisedBy),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    finalisedAt: r.finalisedAt?.toISOString() ?? null,
  }));
}

export async function assessmentView(tx: Tx, cipher: FieldCipher, row: AssessmentRow | undefined): Promise<AssessmentT> {
  if (!row) throw new AppError(409, "services.stale");
  const [view] = await assessmentViews(tx, cipher, [row]);
  return view as AssessmentT;
}
