// A mutation on a report that refreshes its facts, the queue and the badge, and shows a confirmation.
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import type { ReportFactsT } from "../contracts";
import { intakeKeys } from "./api";

type Method = "POST" | "PUT";

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
  });
}
