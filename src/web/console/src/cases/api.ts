// TanStack Query hooks of the cases console: approval queue, board, lists, one case, caseloads, notes, workflow events.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../api/client";
import type { CaseBoardT, CaseDetailT, CaseManagerLoadT, CaseNoteT, CasePageT, CaseSummaryT } from "./contracts";

export type CaseFilters = { status?: string; mine?: "true"; page?: number; pageSize?: number };

export const caseKeys = {
  all: ["cases"] as const,
  approvals: ["cases", "approvals"] as const,
  board: ["cases", "board"] as const,
  list: (filters: CaseFilters) => ["cases", "list", filters] as const,
  one: (id: string) => ["cases", "one", id] as const,
  notes: (id: string) => ["cases", "one", id, "notes"] as const,
  managers: (unitId: string) => ["cases", "managers", unitId] as const,
};

export function useApprovalQueue(enabled = true) {
  return useQuery({
    queryKey: caseKeys.approvals,
    queryFn: () => api<CaseSummaryT[]>("GET", "/cases/approval-queue"),
    enabled,
  });
}

export function useBoard(enabled = true) {
  return useQuery({ queryKey: caseKeys.board, queryFn: () => api<CaseBoardT>("GET", "/cases/board"), enabled });
}

export function useCases(filters: CaseFilters, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: () => api<CasePageT>("GET", `/cases${query(filters)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.one(id), queryFn: () => api<CaseDetailT>("GET", `/cases/${id}`) });
}

export function useCaseManagers(unitId: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.managers(unitId),
    queryFn: () => api<CaseManagerLoadT[]>("GET", `/units/${unitId}/case-managers`),
    enabled: enabled && Boolean(unitId),
  });
}

export function useNotes(id: string, enabled: boolean) {
  return useQuery({ queryKey: caseKeys.notes(id), queryFn: () => api<CaseNoteT[]>("GET", `/cases/${id}/notes`), enabled });
}

export type EventBody = {
  event: string;
  version: number;
  caseManagerId?: string;
  reason?: string;
  comment?: string;
  referralPartnerId?: string;
};

/** Sends a workflow event; on success the case, the lists and the board are fresh. */
export function useCaseEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EventBody) => api<CaseDetailT>("POST", `/cases/${id}/events`, body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(caseKeys.one(id), detail);
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export function useAddNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => api<CaseNoteT>("POST", `/cases/${id}/notes`, { content }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.notes(id) }),
  });
}
