// The thread with the reporter (they read it on the public status page) and the form to write to them.
import { Button, Card, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { useFormatDate } from "../lib/useFormatDate";
import { intakeKeys, useMessages } from "./api";

export function MessagesPanel({
  reportId,
  unitId,
  canHandle,
  fromPublic,
}: {
  reportId: string;
  unitId: string;
  canHandle: boolean;
  fromPublic: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useMessages(reportId, canHandle);
  const formatDate = useFormatDate();
  const [body, setBody] = useState("");
  const send = useMutation({
    mutationFn: () => api("POST", `/reports/${reportId}/messages`, { body: body.trim() }),
    onSuccess: async () => {
      setBody("");
      await queryClient.invalidateQueries({ queryKey: intakeKeys.messages(reportId) });
      await queryClient.invalidateQueries({ queryKey: intakeKeys.report(reportId) });
    },
  });
  if (!canHandle) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="messages-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="messages-title">
          {t("intake.messages.title")}
        </Title>
        {!fromPublic && (
          <Text size="sm" c="dimmed">
            {t("intake.messages.noChannel")}
          </Text>
        )}
        {messages.data?.length === 0 && fromPublic && (
          <Text size="sm" c="dimmed">
            {t("intake.messages.empty")}
          </Text>
        )}
        <Stack gap={6} data-testid="message-thread">
          {messages.data?.map((m) => (
            <Paper
              key={m.id}
              p="xs"
              withBorder
              bg={m.direction === "to_reporter" ? "teduh.0" : undefined}
              ml={m.direction === "to_reporter" ? "lg" : 0}
              mr={m.direction === "to_reporter" ? 0 : "lg"}
            >
              <Text size="xs" c="dimmed">
                {m.direction === "to_reporter" ? (m.authorName ?? t("intake.messages.unit")) : t("intake.messages.reporter")} ·{" "}
                {formatDate(m.createdAt, unitId)}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {m.body}
              </Text>
            </Paper>
          ))}
        </Stack>
        {fromPublic && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (body.trim()) send.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t("intake.messages.write")}
                description={t("intake.messages.safety")}
                autosize
                minRows={2}
                maxLength={4000}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              <FormError error={send.error} />
              <Button type="submit" loading={send.isPending} disabled={!body.trim()} w="fit-content">
                {t("intake.messages.send")}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
