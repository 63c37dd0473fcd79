// Dialog to record how an outreach visit went (met and safe, needs emergency help, refused, not found) with notes; early, it says the visit's time becomes now.
// Refused as stale (a colleague recorded, cancelled or moved the visit meanwhile), what was typed stays while the visits are read again.
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { StaleNotice } from "../cases/services/StaleNotice";
import { FormError } from "../components/FormError";
import { isStale } from "../intake/useReportAction";
import { useFormatDate } from "../lib/useFormatDate";
import { OUTREACH_OUTCOMES, type OutreachVisitT } from "./contracts";
import { useOutreachVisits, useVisitMutation } from "./queries";

type Props = { visit: OutreachVisitT; unitId: string; onClose: () => void };

export function RecordOutcomeModal({ visit, unitId, onClose }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  // Read once, when the dialog opens: the server moves a visit recorded before its time to the time of recording.
  const [early] = useState(() => Date.parse(visit.scheduledFor) > Date.now());
  const [outcome, setOutcome] = useState<string | null>(null);
  const [notes, setNotes] = useState("");
  // The visit as the list now has it (read again after a refusal, or live), and the version this dialog records against.
  const visits = useOutreachVisits(visit.reportId);
  const current = visits.data?.find((v) => v.id === visit.id) ?? visit;
  const [version, setVersion] = useState(visit.version);
  const record = useVisitMutation(visit.reportId, (body: { version: number; outcome: string; notes: string | null }) =>
    api<OutreachVisitT>("POST", `/outreach-visits/${visit.id}/outcome`, body),
  );
  // Recorded or cancelled by someone else: this dialog can no longer record it; the typed notes stay to be copied.
  // (Not while its own recording is on its way: the list read after it shows the visit done before the dialog closes.)
  const closed = current.status !== "scheduled" && !record.isPending && !record.isSuccess;
  const submit = () => {
    if (!outcome || closed) return;
    record.mutate({ version, outcome, notes: notes.trim() || null }, { onSuccess: onClose });
  };
  const reload = async () => {
    const fresh = (await visits.refetch()).data?.find((v) => v.id === visit.id);
    if (fresh) setVersion(fresh.version);
    record.reset();
  };
  return (
    <Modal opened onClose={onClose} title={t("outreach.recordTitle")} size="lg">
      <Stack>
        {early && (
          <Alert color="blue" variant="light" data-testid="early-visit">
            {t("outreach.earlyNote", { when: formatDate(visit.scheduledFor, unitId) })}
          </Alert>
        )}
        <Select
          label={t("outreach.outcome")}
          data={OUTREACH_OUTCOMES.map((o) => ({ value: o, label: t(`outreach.outcomes.${o}`) }))}
          value={outcome}
          onChange={setOutcome}
          required
        />
        {outcome === "needs_emergency_help" && (
          <Alert color="red" variant="light">
            {t("outreach.emergencyNote")}
          </Alert>
        )}
        <Textarea
          label={t("outreach.notes")}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        {closed ? (
          <Alert color="yellow" variant="light" role="alert" title={t("outreach.stale.title")} data-testid="visit-stale">
            {current.outcome
              ? t("outreach.stale.recorded", { outcome: t(`outreach.outcomes.${current.outcome}`) })
              : t("outreach.stale.cancelled")}
          </Alert>
        ) : isStale(record.error) ? (
          <StaleNotice
            testId="visit-stale"
            message={t("outreach.stale.changed")}
            loading={visits.isFetching}
            onReload={() => void reload()}
          />
        ) : (
          <FormError error={record.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {closed ? t("outreach.closeDialog") : t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={record.isPending} disabled={!outcome || closed || isStale(record.error)}>
            {t("outreach.record")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
