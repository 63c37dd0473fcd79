// The supervisor's live queue of complaints awaiting approval: oldest first, each opening the case page to approve or reject.
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { useApprovalQueue } from "./api";
import { CaseTable } from "./CaseTable";

export function ApprovalQueuePage() {
  const { t } = useTranslation();
  const queue = useApprovalQueue();
  return (
    <Stack gap="md">
      <PageHeader title={t("cases.approvals.title")} description={t("cases.approvals.description")} />
      {queue.isPending && <Loading />}
      {queue.error && <ErrorNotice error={queue.error} />}
      {queue.data && <CaseTable items={queue.data} testId="approval-queue" />}
    </Stack>
  );
}
