// A mutation on a report that refreshes its facts, the queue and the badge, and shows a confirmation.
// Refused as stale (409: a colleague decided meanwhile), the page reads the complaint afresh and says so in a notice that
// stays, since the panel that was used may be gone with the colleague's decision.
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../api/client";
import type { ReportFactsT } from "../contracts";
import { intakeKeys } from "./api";

type Method = "POST" | "PUT";

/** The refusal of a decision taken on a complaint that a colleague changed meanwhile. */
export const isStale = (error: unknown): boolean => error instanceof ApiError && error.status === 409;

export function useReportAction(reportId: string, method: Method, path: string, doneKey: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<ReportFactsT>(method, `/reports/${reportId}${path}`, body),
    onSuccess: async (facts) => {
      queryClient.setQueryData(intakeKeys.report(reportId), facts);
      await queryClient.invalidateQueries({ queryKey: ["intake", "queue"] });
      notifications.show({ color: "teal", message: t(doneKey) });
    },
    onError: async (error) => {
      if (!isStale(error)) return;
      notifications.show({
        id: `stale-${reportId}`,
        color: "yellow",
        title: t("intake.decide.staleTitle"),
        message: t("intake.decide.staleMessage"),
        autoClose: false,
      });
      await queryClient.invalidateQueries({ queryKey: intakeKeys.report(reportId) });
      await queryClient.invalidateQueries({ queryKey: ["intake", "queue"] });
    },
  });
}
