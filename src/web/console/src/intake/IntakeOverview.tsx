// Home widget of intake officers, supervisors and heads: complaints waiting, in danger, in intake, with the supervisor; my visits.
import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, query } from "../api/client";
import type { QueuePageT } from "../contracts";
import type { RoleWidgetProps } from "../home/registry";
import { StatCard } from "../home/StatCard";
import { can, PERMISSIONS } from "../lib/access";
import { useFormatDate } from "../lib/useFormatDate";
import { useMyUpcomingVisits } from "../reports/queries";
import { queueLink } from "./useQueueFilters";

const COUNTS = [
  { key: "new", filters: { status: "received" } },
  { key: "danger", filters: { status: "received", danger: "true" } },
  { key: "inIntake", filters: { status: "in_intake" } },
  { key: "awaitingApproval", filters: { status: "awaiting_approval" } },
] as const;

function useCount(filters: Record<string, string>, enabled: boolean) {
  return useQuery({
    queryKey: ["intake", "queue", "count", filters],
    queryFn: async () => (await api<QueuePageT>("GET", `/reports${query({ ...filters, pageSize: 1 })}`)).total,
    enabled,
  });
}

function Count({
  label,
  filters,
  enabled,
  danger,
}: {
  label: string;
  filters: Record<string, string>;
  enabled: boolean;
  danger: boolean;
}) {
  const { t } = useTranslation();
  const count = useCount(filters, enabled);
  const value = count.data ?? (count.isError ? "—" : <Skeleton h={28} w={40} />);
  return (
    <StatCard
      label={label}
      value={value}
      color={danger && (count.data ?? 0) > 0 ? "red.8" : undefined}
      to={queueLink(filters)}
      linkLabel={t("intake.home.openQueue")}
    />
  );
}

function MyVisits() {
  const { t } = useTranslation();
  const visits = useMyUpcomingVisits();
  const formatDate = useFormatDate();
  if (!visits.data?.length) return null;
  return (
    <Card padding="md">
      <Text size="sm" c="dimmed" mb="xs">
        {t("intake.home.myVisits")}
      </Text>
      <Stack gap={4}>
        {visits.data.slice(0, 5).map((v) => (
          <Anchor key={v.id} component={Link} to={`/intake/reports/${v.reportId}`} size="sm">
            {formatDate(v.scheduledFor, v.unitId)}
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}

export function IntakeOverview({ me }: RoleWidgetProps) {
  const { t } = useTranslation();
  const enabled = can(me, PERMISSIONS.reportRead);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {COUNTS.map((c) => (
          <Count
            key={c.key}
            label={t(`intake.home.${c.key}`)}
            filters={c.filters}
            enabled={enabled}
            danger={c.key === "danger"}
          />
        ))}
      </SimpleGrid>
      {can(me, PERMISSIONS.outreachManage) && <MyVisits />}
    </Stack>
  );
}
