// Table of audit events: sequence, time in the unit's zone, action, actor, target and details.
import { Code, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEventT } from "../contracts";
import { useFormatDate } from "../lib/useFormatDate";

function detailText(details: Record<string, unknown>): string {
  const entries = Object.entries(details);
  if (entries.length === 0) return "";
  return entries.map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`).join("; ");
}

export function AuditTable({ events }: { events: AuditEventT[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("audit.seq")}</Table.Th>
            <Table.Th>{t("audit.time")}</Table.Th>
            <Table.Th>{t("audit.action")}</Table.Th>
            <Table.Th>{t("audit.actor")}</Table.Th>
            <Table.Th>{t("audit.target")}</Table.Th>
            <Table.Th>{t("audit.details")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.seq}>
              <Table.Td>#{event.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(event.at, event.unitId)}</Table.Td>
              <Table.Td>
                <Code>{event.action}</Code>
              </Table.Td>
              <Table.Td>{event.actorName ?? (event.actorId ? event.actorId.slice(0, 8) : t("audit.system"))}</Table.Td>
              <Table.Td>
                {event.targetType ? (
                  <Text size="sm">
                    {event.targetType}
                    {event.targetId ? ` ${event.targetId.slice(0, 8)}` : ""}
                  </Text>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={3} className="teduh-break" maw={320}>
                  {detailText(event.details) || "—"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
