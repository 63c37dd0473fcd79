// TanStack Query hooks of a case's consent and termination form: overviews, client links, in-person records, withdrawal.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../api";
import type { CaseDetailT } from "../contracts";
import type {
  ClientLinkT,
  ConsentOverviewT,
  CreatedClientLinkT,
  FeedbackT,
  SignerT,
  TerminationFormT,
  TerminationOverviewT,
} from "./contracts";

/** Under the case's key: a live case event (or any case mutation) refreshes them too. */
export const consentKeys = {
  consent: (caseId: string) => [...caseKeys.one(caseId), "consent"] as const,
  termination: (caseId: string) => [...caseKeys.one(caseId), "termination"] as const,
};

export type LinkChannelBody = { channel: string; recipient: string | null; lang: "id" | "en" };
export type ConsentLinkBody = LinkChannelBody & { purposes: string[]; partnerIds: string[] };
export type RecordConsentBodyT = {
  decisions: { purpose: string; granted: boolean }[];
  partnerIds: string[];
  signer: SignerT;
};
export type RecordTerminationBodyT = { version: number; signer: SignerT; feedback: FeedbackT };

export function useConsentOverview(caseId: string) {
  return useQuery({
    queryKey: consentKeys.consent(caseId),
    queryFn: () => api<ConsentOverviewT>("GET", `/cases/${caseId}/consent`),
  });
}

export function useTerminationOverview(caseId: string) {
  return useQuery({
    queryKey: consentKeys.termination(caseId),
    queryFn: () => api<TerminationOverviewT>("GET", `/cases/${caseId}/termination`),
  });
}

/** After any consent or termination change: the case (timeline, status), its consent and its termination are fresh. */
function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
}

export function useCreateClientLink(caseId: string, kind: "consent" | "termination") {
  const refresh = useRefreshCase(caseId);
  const path = kind === "consent" ? "consent-links" : "termination-links";
  return useMutation({
    mutationFn: (body: LinkChannelBody | ConsentLinkBody) => api<CreatedClientLinkT>("POST", `/cases/${caseId}/${path}`, body),
    onSuccess: refresh,
  });
}

export function useClientLinkAction(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "sent" | "revoke" }) =>
      api<ClientLinkT>("POST", `/client-links/${id}/${action}`),
    onSuccess: refresh,
  });
}

export function useRecordConsent(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (body: RecordConsentBodyT) => api<ConsentOverviewT>("POST", `/cases/${caseId}/consent`, body),
    onSuccess: async (overview) => {
      queryClient.setQueryData(consentKeys.consent(caseId), overview);
      await refresh();
    },
  });
}

export function useWithdrawConsent(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (body: { purpose: string; reason: string }) =>
      api<ConsentOverviewT>("POST", `/cases/${caseId}/consent/withdraw`, body),
    onSuccess: async (overview) => {
      queryClient.setQueryData(consentKeys.consent(caseId), overview);
      await refresh();
    },
  });
}

/** Records the signed termination form: the case closes, so every case list and the board are refreshed too. */
export function useRecordTermination(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordTerminationBodyT) =>
      api<{ case: CaseDetailT; form: TerminationFormT }>("POST", `/cases/${caseId}/termination`, body),
    onSuccess: async (result) => {
      queryClient.setQueryData(caseKeys.one(caseId), result.case);
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
