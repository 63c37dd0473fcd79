// TanStack Query hooks and keys of the intake console (queue, report, contact log, messages, duplicates).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, query } from "../api/client";
import type { ContactAttemptT, DuplicateCandidateT, QueuePageT, RegionListT, ReportFactsT, ReportMessageT } from "../contracts";

export type QueueFilters = { status?: string; channel?: string; danger?: string; page?: number; pageSize?: number };

export const intakeKeys = {
  all: ["intake"] as const,
  queue: (filters: QueueFilters) => ["intake", "queue", filters] as const,
  newCount: ["intake", "queue", "new-count"] as const,
  report: (id: string) => ["intake", "report", id] as const,
  attempts: (id: string) => ["intake", "report", id, "attempts"] as const,
  messages: (id: string) => ["intake", "report", id, "messages"] as const,
  duplicates: (id: string) => ["intake", "report", id, "duplicates"] as const,
  regions: (parent: string) => ["regions", parent] as const,
};

export function useQueue(filters: QueueFilters) {
  return useQuery({
    queryKey: intakeKeys.queue(filters),
    queryFn: () => api<QueuePageT>("GET", `/reports${query(filters)}`),
    placeholderData: keepPreviousData,
  });
}

/** How many complaints wait untouched (status received): the badge in the navigation. */
export function useNewCount(enabled: boolean) {
  return useQuery({
    queryKey: intakeKeys.newCount,
    queryFn: async () => (await api<QueuePageT>("GET", "/reports?status=received&pageSize=1")).total,
    enabled,
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: intakeKeys.report(id), queryFn: () => api<ReportFactsT>("GET", `/reports/${id}`) });
}

export function useAttempts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: intakeKeys.attempts(id),
    queryFn: () => api<ContactAttemptT[]>("GET", `/reports/${id}/contact-attempts`),
    enabled,
  });
}

export function useMessages(id: string, enabled: boolean) {
  return useQuery({
    queryKey: intakeKeys.messages(id),
    queryFn: () => api<ReportMessageT[]>("GET", `/reports/${id}/messages`),
    enabled,
  });
}

export function useDuplicates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: intakeKeys.duplicates(id),
    queryFn: () => api<DuplicateCandidateT[]>("GET", `/reports/${id}/possible-duplicates`),
    enabled,
  });
}

/**
 * The provinces (parent null), the regencies/cities of a province (2 digits) or the districts of a regency/city
 * (4 digits), as select options. The list never changes while the console runs.
 */
export function useRegions(parent: string | null, enabled = true) {
  return useQuery({
    queryKey: intakeKeys.regions(parent ?? "provinces"),
    queryFn: () => api<RegionListT>("GET", `/regions${query({ parent })}`),
    select: (list) => list.regions.map((r) => ({ value: r.code, label: r.name })),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
