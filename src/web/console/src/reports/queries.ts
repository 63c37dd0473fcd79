// TanStack Query hooks and mutations for a report's verification links and outreach visits.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client";
import type { CreatedLinkT, OutreachVisitT, TeamMemberT, VerificationLinkT } from "./contracts";

export const reportKeys = {
  transports: ["verification", "transports"] as const,
  /** Everything below of one report: its links, visits and outreach team. */
  report: (reportId: string) => ["reports", reportId] as const,
  links: (reportId: string) => ["reports", reportId, "verification-links"] as const,
  visits: (reportId: string) => ["reports", reportId, "outreach-visits"] as const,
  team: (reportId: string) => ["reports", reportId, "outreach-team"] as const,
  myVisits: ["me", "outreach-visits"] as const,
};

export type Transports = { whatsapp: boolean; sms: boolean; email: boolean };

export function useTransports() {
  return useQuery({
    queryKey: reportKeys.transports,
    queryFn: () => api<Transports>("GET", "/verification-transports"),
    staleTime: 300_000,
  });
}

export function useVerificationLinks(reportId: string) {
  return useQuery({
    queryKey: reportKeys.links(reportId),
    queryFn: () => api<VerificationLinkT[]>("GET", `/reports/${reportId}/verification-links`),
  });
}

export function useOutreachVisits(reportId: string) {
  return useQuery({
    queryKey: reportKeys.visits(reportId),
    queryFn: () => api<OutreachVisitT[]>("GET", `/reports/${reportId}/outreach-visits`),
  });
}

/** Active staff of the report's unit (the outreach endpoint: intake officers may not read the users list). */
export function useOutreachTeam(reportId: string) {
  return useQuery({
    queryKey: reportKeys.team(reportId),
    queryFn: () => api<TeamMemberT[]>("GET", `/reports/${reportId}/outreach-team`),
    staleTime: 60_000,
  });
}

export function useMyUpcomingVisits() {
  return useQuery({ queryKey: reportKeys.myVisits, queryFn: () => api<OutreachVisitT[]>("GET", "/me/outreach-visits") });
}

export function useCreateLink(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { channel: string; recipient?: string | null; lang: "id" | "en" }) =>
      api<CreatedLinkT>("POST", `/reports/${reportId}/verification-links`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.links(reportId) }),
  });
}

export function useLinkAction(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "sent" | "revoke" }) =>
      api<VerificationLinkT>("POST", `/verification-links/${id}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.links(reportId) }),
  });
}

/** A change to a visit; refused as stale (409: a colleague changed or recorded it meanwhile), the visits are read again too. */
export function useVisitMutation<B>(reportId: string, send: (body: B) => Promise<OutreachVisitT>) {
  const queryClient = useQueryClient();
  const readAgain = async () => {
    await queryClient.invalidateQueries({ queryKey: reportKeys.visits(reportId) });
    await queryClient.invalidateQueries({ queryKey: reportKeys.myVisits });
  };
  return useMutation({
    mutationFn: send,
    onSuccess: readAgain,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void readAgain();
    },
  });
}
