// What an intervention's page needs of its case: the provider reads it from their worklist, case workers from the case.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client";
import { useMe } from "../api/queries";
import { caseKeys } from "../cases/api";
import type { CaseDetailT } from "../cases/contracts";
import { useMyInterventions } from "../cases/services/queries";
import { can, PERMISSIONS } from "../lib/access";
import { type CaseFacts, factsFromWorklist } from "./caseFacts";

export type { CaseFacts };

export function useCaseFacts(interventionId: string, caseId: string | undefined): { facts: CaseFacts | null; pending: boolean } {
  const { data: me } = useMe();
  const records = can(me, PERMISSIONS.interventionRecord);
  const mine = useMyInterventions(records);
  const held = mine.data?.find((i) => i.id === interventionId);
  const readsCase = Boolean(caseId) && can(me, PERMISSIONS.caseServicesRead) && !held && (!records || mine.isFetched);
  const detail = useQuery({
    queryKey: caseKeys.one(caseId ?? ""),
    queryFn: () => api<CaseDetailT>("GET", `/cases/${caseId}`),
    enabled: readsCase,
  });
  if (held) return { facts: factsFromWorklist(held), pending: false };
  if (detail.data) {
    const d = detail.data;
    return {
      facts: {
        status: d.status,
        registerNumber: d.registerNumber,
        caseManager: d.caseManager,
        unitId: d.unitId,
        linkToCase: true,
      },
      pending: false,
    };
  }
  return { facts: null, pending: (records && mine.isPending) || (readsCase && detail.isPending) };
}
