// Query keys of case services: under the case's own key, so a live case event (which refreshes "cases") refreshes them too.
import { caseKeys } from "../api";

export const servicesKeys = {
  assessments: (caseId: string) => [...caseKeys.one(caseId), "assessments"] as const,
  revisions: (assessmentId: string) => ["cases", "assessment", assessmentId, "revisions"] as const,
  plan: (caseId: string) => [...caseKeys.one(caseId), "plan"] as const,
  providers: (caseId: string) => [...caseKeys.one(caseId), "providers"] as const,
  monitoring: (caseId: string) => [...caseKeys.one(caseId), "monitoring"] as const,
  intervention: (id: string) => ["cases", "intervention", id] as const,
  mine: ["cases", "interventions", "mine"] as const,
};
