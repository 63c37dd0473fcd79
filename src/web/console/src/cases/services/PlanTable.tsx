// The plan's interventions read-only: service, responsible provider, target date (overdue marked), goal, status, sessions.
import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InterventionT } from "./contracts";
import { INTERVENTION_STATUS_COLOURS, providerLabel, serviceLabel, statusLabel } from "./labels";
import { useFormatDay } from "./useFormatDay";

export function PlanTable({ items }: { items: InterventionT[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (items.length === 0) return <Text c="dimmed">{t("services.plan.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="plan-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("services.plan.serviceType")}</Table.Th>
            <Table.Th>{t("services.plan.provider")}</Table.Th>
            <Table.Th>{t("services.plan.targetDate")}</Table.Th>
            <Table.Th>{t("services.plan.goal")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("services.plan.sessions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id} data-testid="plan-row" data-intervention-id={i.id}>
              <Table.Td>
                <Anchor component={Link} to={`/interventions/${i.id}`} fw={600} data-testid="plan-open-intervention">
                  {serviceLabel(t, i.serviceType)}
                </Anchor>
              </Table.Td>
              <Table.Td>{providerLabel(t, i.provider)}</Table.Td>
              <Table.Td>
                {formatDay(i.targetDate)}
                {i.overdue && (
                  <Badge ml="xs" size="xs" color="red">
                    {t("services.overdue")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }} lineClamp={3}>
                  {i.goal ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={INTERVENTION_STATUS_COLOURS[i.status]} data-testid="plan-row-status">
                  {statusLabel(t, i.status)}
                </Badge>
              </Table.Td>
              <Table.Td data-testid="plan-row-sessions">{i.sessionCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
