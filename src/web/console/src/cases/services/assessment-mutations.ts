// Assessment commands: start (or re-assess), save a draft with the version loaded, finalise; each refreshes the case.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../api";
import type { AssessmentT } from "./contracts";
import { servicesKeys } from "./keys";

export type SectionsBody = Record<string, string | null>;
export type SaveBody = { version: number; sections: SectionsBody; riskLevel: string | null };

/** Refreshes the case and its services without holding the command's answer back until the refetch is done. */
function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
  };
}

export function useStartAssessment(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: () => api<AssessmentT>("POST", `/cases/${caseId}/assessments`, {}),
    onSuccess: (created) => {
      queryClient.setQueryData<AssessmentT[]>(servicesKeys.assessments(caseId), (old) => [created, ...(old ?? [])]);
      refresh();
    },
  });
}

export function useSaveAssessment(caseId: string, id: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (body: SaveBody) => api<AssessmentT>("PUT", `/assessments/${id}`, body),
    onSuccess: refresh,
  });
}

/** Finalises the draft at the version the editor holds (the editor saves unsaved changes first). */
export function useFinaliseAssessment(caseId: string, id: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (version: number) => api<AssessmentT>("POST", `/assessments/${id}/finalise`, { version }),
    onSuccess: refresh,
  });
}
