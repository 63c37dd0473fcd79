// The log of attempts to reach the reporter or victim, and the form to record one.
import { Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { ATTEMPT_METHODS, CONTACT_OUTCOMES } from "../contracts";
import { useFormatDate } from "../lib/useFormatDate";
import { intakeKeys, useAttempts } from "./api";
import { labelOf, optionsOf } from "./labels";

export function ContactPanel({ reportId, unitId, canHandle }: { reportId: string; unitId: string; canHandle: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const attempts = useAttempts(reportId, canHandle);
  const formatDate = useFormatDate();
  const [method, setMethod] = useState<string>("phone");
  const [outcome, setOutcome] = useState<string>("reached");
  const [note, setNote] = useState("");
  const log = useMutation({
    mutationFn: () => api("POST", `/reports/${reportId}/contact-attempts`, { method, outcome, note: note.trim() || null }),
    onSuccess: async () => {
      setNote("");
      await queryClient.invalidateQueries({ queryKey: intakeKeys.attempts(reportId) });
      await queryClient.invalidateQueries({ queryKey: intakeKeys.report(reportId) });
    },
  });
  if (!canHandle) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="contact-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="contact-title">
          {t("intake.contact.title")}
        </Title>
        {attempts.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("intake.contact.empty")}
          </Text>
        )}
        <Stack gap={6} data-testid="contact-log">
          {attempts.data?.map((a) => (
            <Text key={a.id} size="sm">
              {formatDate(a.createdAt, unitId)} · {labelOf(t, "attemptMethod", a.method)} ·{" "}
              <b>{labelOf(t, "outcome", a.outcome)}</b>
              {a.actorName ? ` · ${a.actorName}` : ""}
              {a.note ? ` — ${a.note}` : ""}
            </Text>
          ))}
        </Stack>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            log.mutate();
          }}
        >
          <Stack gap="xs">
            <Group grow align="flex-end" wrap="wrap">
              <NativeSelect
                label={t("intake.contact.method")}
                data={optionsOf(t, "attemptMethod", ATTEMPT_METHODS)}
                value={method}
                onChange={(e) => setMethod(e.currentTarget.value)}
              />
              <NativeSelect
                label={t("intake.contact.outcome")}
                data={optionsOf(t, "outcome", CONTACT_OUTCOMES)}
                value={outcome}
                onChange={(e) => setOutcome(e.currentTarget.value)}
              />
            </Group>
            <Textarea
              label={t("intake.contact.note")}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <FormError error={log.error} />
            <Button type="submit" loading={log.isPending} w="fit-content">
              {t("intake.contact.log")}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
