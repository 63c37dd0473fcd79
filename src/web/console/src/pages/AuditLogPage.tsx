// Audit log: chain verification, filters, the events table and "load more" paging.
import { Button, Center, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AuditFilters as Filters, useAuditEvents, useMe, useUnits, useUsers } from "../api/queries";
import { AuditFilters } from "../components/AuditFilters";
import { AuditTable } from "../components/AuditTable";
import { AuditVerifyBanner } from "../components/AuditVerifyBanner";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { can, PERMISSIONS } from "../lib/access";
import { useTimeZoneOf } from "../lib/useTimeZone";

const noFilters = {};

export function AuditLogPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<Filters>({});
  const units = useUnits(can(me, PERMISSIONS.unitRead));
  const users = useUsers(noFilters, can(me, PERMISSIONS.userRead));
  const zoneOf = useTimeZoneOf();
  const audit = useAuditEvents(filters);
  const events = audit.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <Stack gap="md">
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditVerifyBanner />
      <AuditFilters units={units.data ?? []} users={users.data ?? []} timeZone={zoneOf()} onApply={setFilters} />
      {audit.isPending && <Loading />}
      {audit.error && <ErrorNotice error={audit.error} />}
      {audit.data && events.length === 0 && <Text c="dimmed">{t("audit.empty")}</Text>}
      {events.length > 0 && (
        <Paper withBorder>
          <AuditTable events={events} />
        </Paper>
      )}
      {audit.hasNextPage && (
        <Center>
          <Button variant="light" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
            {t("audit.loadMore")}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
