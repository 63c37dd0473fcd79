// The dialog of one workflow move: asks exactly what the transition table requires (case manager, reason, comment) and sends it.
import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePartners } from "../api/queries";
import { FormError } from "../components/FormError";
import { type EventBody, useCaseEvent, useCaseManagers } from "./api";
import { type CaseDetailT, type CaseEvent, REJECTION_REASONS, TERMINATION_REASONS } from "./contracts";

type Props = { detail: CaseDetailT; event: CaseEvent; onClose: () => void };

const NEEDS_MANAGER: CaseEvent[] = ["approve", "reassign_case_manager", "reopen"];
const REASON_CODES: Partial<Record<CaseEvent, { list: readonly string[]; group: string }>> = {
  reject: { list: REJECTION_REASONS, group: "rejection" },
  request_termination: { list: TERMINATION_REASONS, group: "termination" },
};

export function EventModal({ detail, event, onClose }: Props) {
  const { t } = useTranslation();
  const send = useCaseEvent(detail.id);
  const managers = useCaseManagers(detail.unitId, NEEDS_MANAGER.includes(event));
  const partners = usePartners(event === "reject" ? detail.unitId : null);
  const [caseManagerId, setCaseManagerId] = useState("");
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [partnerId, setPartnerId] = useState("");
  const codes = REASON_CODES[event];

  const submit = () => {
    const body: EventBody = { event, version: detail.version };
    if (caseManagerId) body.caseManagerId = caseManagerId;
    if (reason.trim()) body.reason = reason.trim();
    if (comment.trim()) body.comment = comment.trim();
    if (partnerId) body.referralPartnerId = partnerId;
    send.mutate(body, { onSuccess: onClose });
  };
  const ready =
    (!NEEDS_MANAGER.includes(event) || caseManagerId !== "") &&
    (!(codes || event === "reopen") || reason.trim() !== "") &&
    (event !== "send_back_termination" || comment.trim() !== "");

  return (
    <Modal opened onClose={onClose} title={t(`cases.events.${event}`)} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t(`cases.eventHelp.${event}`)}
        </Text>
        {NEEDS_MANAGER.includes(event) && (
          <NativeSelect
            label={t("cases.fields.caseManager")}
            description={t("cases.actions.caseloadHelp")}
            required
            value={caseManagerId}
            onChange={(e) => setCaseManagerId(e.currentTarget.value)}
            data={[
              { value: "", label: t("cases.actions.chooseCaseManager") },
              ...(managers.data ?? []).map((m) => ({
                value: m.id,
                label: t("cases.actions.caseload", { name: m.displayName, count: m.activeCases, high: m.highRiskCases }),
                disabled: event === "reassign_case_manager" && m.id === detail.caseManager?.id,
              })),
            ]}
          />
        )}
        {codes && (
          <NativeSelect
            label={t("cases.fields.reason")}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data={[
              { value: "", label: t("cases.actions.chooseReason") },
              ...codes.list.map((code) => ({ value: code, label: t(`cases.${codes.group}.${code}`) })),
            ]}
          />
        )}
        {event === "reopen" && (
          <Textarea
            label={t("cases.fields.reopenReason")}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        {event === "reject" && (
          <NativeSelect
            label={t("cases.fields.referralPartner")}
            value={partnerId}
            onChange={(e) => setPartnerId(e.currentTarget.value)}
            data={[
              { value: "", label: t("cases.actions.noReferral") },
              ...(partners.data ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        )}
        <Textarea
          label={t("cases.fields.comment")}
          required={event === "send_back_termination"}
          autosize
          minRows={2}
          maxLength={4000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <FormError error={send.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={send.isPending} disabled={!ready} color={event === "reject" ? "red" : undefined}>
            {t(`cases.events.${event}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
