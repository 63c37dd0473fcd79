// Dialog to record how an outreach visit went (met and safe, needs emergency help, refused, not found) with notes; early, it says the visit's time becomes now.
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { useFormatDate } from "../lib/useFormatDate";
import { OUTREACH_OUTCOMES, type OutreachVisitT } from "./contracts";
import { useVisitMutation } from "./queries";

type Props = { visit: OutreachVisitT; unitId: string; onClose: () => void };

export function RecordOutcomeModal({ visit, unitId, onClose }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  // Read once, when the dialog opens: the server moves a visit recorded before its time to the time of recording.
  const [early] = useState(() => Date.parse(visit.scheduledFor) > Date.now());
  const [outcome, setOutcome] = useState<string | null>(null);
  const [notes, setNotes] = useState("");
  const record = useVisitMutation(visit.reportId, (body: { version: number; outcome: string; notes: string | null }) =>
    api<OutreachVisitT>("POST", `/outreach-visits/${visit.id}/outcome`, body),
  );
  const submit = () => {
    if (!outcome) return;
    record.mutate({ version: visit.version, outcome, notes: notes.trim() || null }, { onSuccess: onClose });
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
        <FormError error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={record.isPending} disabled={!outcome}>
            {t("outreach.record")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
