// Takes back a file an officer attached by mistake: asks why (another complaint's file, the wrong file, ...), then erases it.
import { Button, Group, Modal, NativeSelect, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { EVIDENCE_WITHDRAW_REASONS, type EvidenceItemT } from "../contracts";
import { intakeKeys } from "./api";
import { optionsOf } from "./labels";

export function EvidenceWithdraw({
  reportId,
  file,
  onWithdrawn,
}: {
  reportId: string;
  file: EvidenceItemT;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState<string>(EVIDENCE_WITHDRAW_REASONS[0]);
  const withdraw = useMutation({
    mutationFn: () => api("POST", `/reports/${reportId}/evidence/${file.id}/withdraw`, { reason }),
    onSuccess: () => {
      setOpened(false);
      void queryClient.invalidateQueries({ queryKey: intakeKeys.report(reportId) });
      onWithdrawn();
    },
  });
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setOpened(true)}
        aria-label={t("intake.evidence.withdrawFile", { name: file.fileName })}
      >
        {t("intake.evidence.withdraw")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("intake.evidence.withdrawTitle")} centered>
        <Stack>
          <Text size="sm">{t("intake.evidence.withdrawText", { name: file.fileName })}</Text>
          <NativeSelect
            label={t("intake.evidence.withdrawReason")}
            data={optionsOf(t, "evidenceWithdraw", EVIDENCE_WITHDRAW_REASONS)}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <FormError error={withdraw.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
              {t("intake.evidence.withdrawConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
