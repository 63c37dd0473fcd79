// The assessment editor's values: the seven sections and the risk level as text, to and from the API.
import { orNull } from "../../lib/forms";
import type { SaveBody } from "./assessment-mutations";
import { ASSESSMENT_SECTIONS, type AssessmentT } from "./contracts";

export type SectionKey = (typeof ASSESSMENT_SECTIONS)[number];
export type AssessmentValues = Record<SectionKey, string> & { riskLevel: string };

export function fromAssessment(a: AssessmentT): AssessmentValues {
  const values = { riskLevel: a.riskLevel ?? "" } as AssessmentValues;
  for (const key of ASSESSMENT_SECTIONS) values[key] = a.sections[key] ?? "";
  return values;
}

/** Empty sections are sent as "not written" (null). */
export function toSaveBody(values: AssessmentValues, version: number): SaveBody {
  const sections: Record<string, string | null> = {};
  for (const key of ASSESSMENT_SECTIONS) sections[key] = orNull(values[key]);
  return { version, sections, riskLevel: values.riskLevel || null };
}
