// TanStack Query reads of case services: assessments and revisions, the plan, provider choices, monitoring, interventions.
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../api/client";
import type {
  AssessmentRevision,
  AssessmentT,
  InterventionDetail,
  MonitoringT,
  MyInterventionT,
  ProviderChoice,
  ServicePlanT,
} from "./contracts";
import { servicesKeys } from "./keys";

export type AssessmentRevisionT = z.infer<typeof AssessmentRevision>;
export type ProviderChoiceT = z.infer<typeof ProviderChoice>;
export type InterventionDetailT = z.infer<typeof InterventionDetail>;

export function useAssessments(caseId: string, enabled = true) {
  return useQuery({
    queryKey: servicesKeys.assessments(caseId),
    queryFn: () => api<AssessmentT[]>("GET", `/cases/${caseId}/assessments`),
    enabled,
  });
}

export function useAssessmentRevisions(assessmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: servicesKeys.revisions(assessmentId),
    queryFn: () => api<AssessmentRevisionT[]>("GET", `/assessments/${assessmentId}/revisions`),
    enabled,
  });
}

export function useServicePlan(caseId: string, enabled = true) {
  return useQuery({
    queryKey: servicesKeys.plan(caseId),
    queryFn: () => api<ServicePlanT>("GET", `/cases/${caseId}/service-plan`),
    enabled,
  });
}

export function useProviderChoices(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: servicesKeys.providers(caseId),
    queryFn: () => api<ProviderChoiceT[]>("GET", `/cases/${caseId}/service-providers`),
    enabled,
  });
}

export function useMonitoring(caseId: string, enabled = true) {
  return useQuery({
    queryKey: servicesKeys.monitoring(caseId),
    queryFn: () => api<MonitoringT>("GET", `/cases/${caseId}/monitoring`),
    enabled,
  });
}

export function useIntervention(id: string) {
  return useQuery({
    queryKey: servicesKeys.intervention(id),
    queryFn: () => api<InterventionDetailT>("GET", `/interventions/${id}`),
  });
}

export function useMyInterventions(enabled = true) {
  return useQuery({
    queryKey: servicesKeys.mine,
    queryFn: () => api<MyInterventionT[]>("GET", "/interventions/mine"),
    enabled,
  });
}
