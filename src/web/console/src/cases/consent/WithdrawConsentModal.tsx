// Withdraws the consent currently granted for one purpose, with the reason the client (or guardian) gave.
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import { useWithdrawConsent } from "./api";

type Props = { caseId: string; purpose: string; onClose: () => void };

export function WithdrawConsentModal({ caseId, purpose, onClose }: Props) {
  const { t } = useTranslation();
  const withdraw = useWithdrawConsent(caseId);
  const [reason, setReason] = useState("");
  return (
    <Modal opened onClose={onClose} title={t("consent.withdraw.title", { purpose: t(`consent.purposes.${purpose}`) })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("consent.withdraw.intro")}
        </Text>
        <Textarea
          label={t("consent.withdraw.reason")}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="consent-withdraw-reason"
        />
        <FormError error={withdraw.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate({ purpose, reason: reason.trim() }, { onSuccess: onClose })}
            data-testid="consent-withdraw-confirm"
          >
            {t("consent.withdraw.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
