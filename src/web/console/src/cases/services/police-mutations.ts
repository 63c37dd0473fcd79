// Police-report deadline commands (sexual violence, 3x24 h): record the report as made, or waive it with a reason.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../api";
import type { PoliceReportT } from "./contracts";

export type PoliceResolution = { kind: "meet"; reportedAt?: string; reference?: string } | { kind: "waive"; reason: string };

export function useResolvePoliceReport(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: PoliceResolution) =>
      api<PoliceReportT>("POST", `/cases/${caseId}/police-report/${kind}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) }),
  });
}
