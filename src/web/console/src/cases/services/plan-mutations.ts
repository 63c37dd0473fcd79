// Service-plan commands: save the whole plan with its version, record the client's agreement; both refresh the case.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../api";
import type { ServicePlanT } from "./contracts";
import { servicesKeys } from "./keys";

export type PlannedBody = { id?: string; serviceType: string; providerId: string; targetDate: string; goal: string };
export type AgreeBody = { version: number; agreedVia: string; agreedBy: string };

function usePlanCommand<B>(caseId: string, send: (body: B) => Promise<ServicePlanT>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    // The answer is the plan itself; the rest refreshes behind it, so the editor closes on the saved version at once.
    onSuccess: (plan) => {
      queryClient.setQueryData(servicesKeys.plan(caseId), plan);
      void queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
      void queryClient.invalidateQueries({ queryKey: servicesKeys.mine });
    },
  });
}

export function useSavePlan(caseId: string) {
  return usePlanCommand(caseId, (body: { version: number; interventions: PlannedBody[] }) =>
    api<ServicePlanT>("PUT", `/cases/${caseId}/service-plan`, body),
  );
}

export function useAgreePlan(caseId: string) {
  return usePlanCommand(caseId, (body: AgreeBody) => api<ServicePlanT>("POST", `/cases/${caseId}/service-plan/agree`, body));
}
