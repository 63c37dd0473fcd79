// Cases: for heads and supervisors the unit's board (stages, counts, high-risk and overdue marks) and list; for others the cases they may see.
import { NativeSelect, Pagination, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useMe } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { can, PERMISSIONS } from "../lib/access";
import { useCases } from "./api";
import { CaseBoard } from "./CaseBoard";
import { CaseTable } from "./CaseTable";
import { CASE_STATUSES, type CaseStatus } from "./contracts";

const PAGE_SIZE = 25;

export function CasesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  // ?status= opens the list on one stage (the home page's links use it).
  const [search] = useSearchParams();
  const asked = search.get("status") ?? "";
  const [status, setStatus] = useState((CASE_STATUSES as readonly string[]).includes(asked) ? asked : "");
  const [page, setPage] = useState(1);
  const cases = useCases({ status: status || undefined, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack gap="md">
      <PageHeader title={t("cases.list.title")} description={t("cases.list.description")} />
      {can(me, PERMISSIONS.caseOversee) && (
        <CaseBoard
          onShowAll={(next: CaseStatus) => {
            setStatus(next);
            setPage(1);
          }}
        />
      )}
      <NativeSelect
        label={t("common.status")}
        w={260}
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value);
          setPage(1);
        }}
        data={[
          { value: "", label: t("cases.list.allStatuses") },
          ...CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) })),
        ]}
      />
      {cases.isPending && <Loading />}
      {cases.error && <ErrorNotice error={cases.error} />}
      {cases.data && <CaseTable items={cases.data.items} testId="case-list" />}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t("cases.list.pages")} />}
    </Stack>
  );
}
