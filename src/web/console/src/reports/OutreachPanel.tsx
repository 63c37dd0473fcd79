// OutreachPanel of a report's page: schedule a visit with a team, list visits, record the outcome or cancel.
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { useFormatDate } from "../lib/useFormatDate";
import type { OutreachVisitT } from "./contracts";
import { useOutreachVisits, useVisitMutation } from "./queries";
import { RecordOutcomeModal } from "./RecordOutcomeModal";
import { ScheduleVisitForm } from "./ScheduleVisitForm";

const STATUS_COLOURS: Record<string, string> = { scheduled: "blue", done: "teal", cancelled: "gray" };

/** `canSchedule`: the complaint is not closed as a duplicate or not a case (the server refuses new visits then). */
export function OutreachPanel({ reportId, unitId, canSchedule }: { reportId: string; unitId: string; canSchedule: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const visits = useOutreachVisits(reportId);
  const [recording, setRecording] = useState<OutreachVisitT | null>(null);
  const cancel = useVisitMutation(reportId, (visit: OutreachVisitT) =>
    api<OutreachVisitT>("POST", `/outreach-visits/${visit.id}/cancel`, { version: visit.version }),
  );

  return (
    <Paper withBorder p="md" data-testid="outreach-panel">
      <Stack>
        <Title order={2} size="h4">
          {t("outreach.title")}
        </Title>
        {canSchedule ? (
          <ScheduleVisitForm reportId={reportId} unitId={unitId} />
        ) : (
          <Text size="sm" data-testid="outreach-closed">
            {t("outreach.closedForNew")}
          </Text>
        )}
        {cancel.error && <ErrorNotice error={cancel.error} />}
        {visits.isPending && <Loading />}
        {visits.error && <ErrorNotice error={visits.error} />}
        {visits.data?.length === 0 && <Text c="dimmed">{t("outreach.empty")}</Text>}
        {visits.data && visits.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="outreach-visits">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("outreach.scheduledFor")}</Table.Th>
                  <Table.Th>{t("outreach.team")}</Table.Th>
                  <Table.Th>{t("common.status")}</Table.Th>
                  <Table.Th>{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visits.data.map((visit) => (
                  <Table.Tr key={visit.id}>
                    <Table.Td>{formatDate(visit.scheduledFor, unitId)}</Table.Td>
                    <Table.Td>{visit.team.map((m) => m.displayName).join(", ")}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={visit.outcome === "needs_emergency_help" ? "red" : STATUS_COLOURS[visit.status]}
                        variant="light"
                      >
                        {visit.outcome ? t(`outreach.outcomes.${visit.outcome}`) : t(`outreach.statuses.${visit.status}`)}
                      </Badge>
                      {visit.notes && (
                        <Text size="xs" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                          {visit.notes}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {visit.status === "scheduled" && (
                        <Group gap="xs">
                          <Button size="xs" variant="light" onClick={() => setRecording(visit)}>
                            {t("outreach.record")}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            loading={cancel.isPending}
                            onClick={() => cancel.mutate(visit)}
                          >
                            {t("outreach.cancel")}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {recording && <RecordOutcomeModal visit={recording} onClose={() => setRecording(null)} />}
    </Paper>
  );
}
