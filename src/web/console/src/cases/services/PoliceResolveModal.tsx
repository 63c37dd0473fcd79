// Records the police report as made (when, optional report number) or waives the deadline with a reason.
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import { timeZoneAbbreviation, zonedLocalToIso } from "../../lib/datetime";
import { useTimeZoneOf } from "../../lib/useTimeZone";
import { useResolvePoliceReport } from "./police-mutations";

type Props = { caseId: string; unitId: string; kind: "meet" | "waive"; onClose: () => void };

export function PoliceResolveModal({ caseId, unitId, kind, onClose }: Props) {
  const { t } = useTranslation();
  const zone = useTimeZoneOf()(unitId);
  const resolve = useResolvePoliceReport(caseId);
  const [when, setWhen] = useState("");
  const [reference, setReference] = useState("");
  const [reason, setReason] = useState("");
  const submit = () =>
    resolve.mutate(
      kind === "meet"
        ? {
            kind,
            ...(when ? { reportedAt: zonedLocalToIso(when, zone) } : {}),
            ...(reference.trim() ? { reference: reference.trim() } : {}),
          }
        : { kind, reason: reason.trim() },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} title={t(`services.police.${kind}Title`)} size="md">
      <Stack>
        <Text size="sm" c="dimmed">
          {t(`services.police.${kind}Help`)}
        </Text>
        {kind === "meet" ? (
          <>
            <TextInput
              type="datetime-local"
              label={t("services.police.reportedAt", { zone: timeZoneAbbreviation(zone) })}
              description={t("services.police.reportedAtHelp")}
              value={when}
              onChange={(e) => setWhen(e.currentTarget.value)}
              data-testid="monitoring-police-reported-at"
            />
            <TextInput
              label={t("services.police.reference")}
              maxLength={200}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              data-testid="monitoring-police-reference"
            />
          </>
        ) : (
          <Textarea
            label={t("services.police.reason")}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-testid="monitoring-police-reason"
          />
        )}
        <FormError error={resolve.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            onClick={submit}
            loading={resolve.isPending}
            disabled={kind === "waive" && !reason.trim()}
            color={kind === "waive" ? "orange" : undefined}
            data-testid="monitoring-police-confirm"
          >
            {t(`services.police.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
