// Cases: for heads and supervisors the unit's board (counts by stage, high-risk marks) and list; for others the cases they may see.
import { Badge, Card, NativeSelect, Pagination, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { can, PERMISSIONS } from "../lib/access";
import { useBoard, useCases } from "./api";
import { CaseTable } from "./CaseTable";
import { CASE_STATUSES } from "./contracts";

const PAGE_SIZE = 25;

function Board() {
  const { t } = useTranslation();
  const board = useBoard();
  if (!board.data) return board.error ? <ErrorNotice error={board.error} /> : null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} data-testid="case-board">
      {board.data.columns.map((c) => (
        <Card key={c.status} padding="sm">
          <Text size="sm" c="dimmed">
            {t(`cases.status.${c.status}`)}
          </Text>
          <Text fz={24} fw={700}>
            {c.count}
          </Text>
          {c.highRisk > 0 && (
            <Badge color="red" variant="light" size="sm">
              {t("cases.board.highRisk", { count: c.highRisk })}
            </Badge>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function CasesPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [status, setStatus] = useState("");
  const [page, setPage] = useState(1);
  const cases = useCases({ status: status || undefined, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack gap="md">
      <PageHeader title={t("cases.list.title")} description={t("cases.list.description")} />
      {can(me, PERMISSIONS.caseOversee) && <Board />}
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
