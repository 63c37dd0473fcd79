// Every intervention's state for monitoring: overdue ones highlighted first, sessions recorded and the last one.
import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MonitoringT } from "./contracts";
import { INTERVENTION_STATUS_COLOURS, providerLabel, serviceLabel, statusLabel } from "./labels";
import { useFormatDay } from "./useFormatDay";

type Item = MonitoringT["interventions"][number];

export function MonitoringTable({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (items.length === 0) return <Text c="dimmed">{t("services.monitoring.noInterventions")}</Text>;
  const sorted = [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="monitoring-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("services.plan.serviceType")}</Table.Th>
            <Table.Th>{t("services.plan.provider")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("services.plan.targetDate")}</Table.Th>
            <Table.Th>{t("services.plan.sessions")}</Table.Th>
            <Table.Th>{t("services.monitoring.lastSession")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((i) => (
            <Table.Tr
              key={i.id}
              bg={i.overdue ? "var(--mantine-color-red-light)" : undefined}
              data-testid="monitoring-row"
              data-intervention-id={i.id}
              data-overdue={i.overdue}
            >
              <Table.Td>
                <Anchor component={Link} to={`/interventions/${i.id}`} fw={600}>
                  {serviceLabel(t, i.serviceType)}
                </Anchor>
              </Table.Td>
              <Table.Td>{providerLabel(t, i.provider)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={INTERVENTION_STATUS_COLOURS[i.status]}>
                  {statusLabel(t, i.status)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {formatDay(i.targetDate)}
                {i.overdue && (
                  <Badge ml="xs" size="xs" color="red" data-testid="monitoring-overdue">
                    {t("services.overdue")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td data-testid="monitoring-row-sessions">{i.sessionCount}</Table.Td>
              <Table.Td>{formatDay(i.lastSessionOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
