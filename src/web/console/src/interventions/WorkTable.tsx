// The provider's interventions as a table: case number, service, status, target date (overdue marked), sessions, case manager.
import { Anchor, Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MyInterventionT } from "../cases/services/contracts";
import { INTERVENTION_STATUS_COLOURS, serviceLabel, statusLabel } from "../cases/services/labels";
import { useFormatDay } from "../cases/services/useFormatDay";
import { labelOf, RISK_COLOURS } from "../intake/labels";

export function WorkTable({ items }: { items: MyInterventionT[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  if (items.length === 0) return <Text c="dimmed">{t("services.work.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="intervention-worklist">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("services.plan.serviceType")}</Table.Th>
            <Table.Th>{t("cases.fields.registerNumber")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("services.plan.targetDate")}</Table.Th>
            <Table.Th>{t("services.plan.sessions")}</Table.Th>
            <Table.Th>{t("intake.fields.risk")}</Table.Th>
            <Table.Th>{t("cases.fields.caseManager")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id} data-testid="intervention-work-row" data-intervention-id={i.id} data-overdue={i.overdue}>
              <Table.Td>
                <Anchor component={Link} to={`/interventions/${i.id}`} fw={600}>
                  {serviceLabel(t, i.serviceType)}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace">{i.registerNumber ?? "—"}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={INTERVENTION_STATUS_COLOURS[i.status]}>
                  {statusLabel(t, i.status)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {formatDay(i.targetDate)}
                {i.overdue && (
                  <Badge ml="xs" size="xs" color="red">
                    {t("services.overdue")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{i.sessionCount}</Table.Td>
              <Table.Td>
                {i.riskLevel ? (
                  <Badge variant="light" color={RISK_COLOURS[i.riskLevel]}>
                    {labelOf(t, "risk", i.riskLevel)}
                  </Badge>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>{i.caseManager?.displayName ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
