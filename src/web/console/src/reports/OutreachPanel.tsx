// OutreachPanel of a report's page: schedule a visit with a team, list visits, record the outcome or cancel.
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
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
  // The visit whose cancellation is on its way: only its own button waits.
  const cancelling = cancel.isPending ? cancel.variables?.id : undefined;

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
          // One card per visit, its buttons under its facts: a table's last column scrolled out of the side column.
          <Stack gap="xs" data-testid="outreach-visits">
            {visits.data.map((visit) => (
              <Paper key={visit.id} withBorder p="xs" data-testid="outreach-visit">
                <Group gap="xs" wrap="wrap">
                  <Badge color={visit.outcome === "needs_emergency_help" ? "red" : STATUS_COLOURS[visit.status]} variant="light">
                    {visit.outcome ? t(`outreach.outcomes.${visit.outcome}`) : t(`outreach.statuses.${visit.status}`)}
                  </Badge>
                  <Text size="sm">{formatDate(visit.scheduledFor, unitId)}</Text>
                </Group>
                <Text size="sm" mt={4}>
                  {t("outreach.team")}: {visit.team.map((m) => m.displayName).join(", ")}
                </Text>
                {visit.notes && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                    {visit.notes}
                  </Text>
                )}
                {visit.status === "scheduled" && (
                  <Group gap="xs" mt="xs" wrap="wrap">
                    <Button size="xs" variant="light" onClick={() => setRecording(visit)}>
                      {t("outreach.record")}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      loading={cancelling === visit.id}
                      onClick={() => cancel.mutate(visit)}
                    >
                      {t("outreach.cancel")}
                    </Button>
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
      {recording && <RecordOutcomeModal visit={recording} unitId={unitId} onClose={() => setRecording(null)} />}
    </Paper>
  );
}
