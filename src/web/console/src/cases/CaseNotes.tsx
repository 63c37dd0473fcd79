// Case notes: read by those entitled, written by the case manager and supervisors; stored sealed.
import { Button, Card, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../components/ErrorNotice";
import { FormError } from "../components/FormError";
import { useFormatDate } from "../lib/useFormatDate";
import { useAddNote, useNotes } from "./api";

export function CaseNotes({ caseId, unitId, canWrite }: { caseId: string; unitId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const notes = useNotes(caseId, true);
  const add = useAddNote(caseId);
  const [content, setContent] = useState("");
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-notes-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="case-notes-title">
          {t("cases.notes.title")}
        </Title>
        {notes.error && <ErrorNotice error={notes.error} />}
        {notes.data?.length === 0 && (
          <Text c="dimmed" size="sm">
            {t("cases.notes.empty")}
          </Text>
        )}
        {notes.data?.map((n) => (
          <Paper key={n.id} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {formatDate(n.createdAt, unitId)} · {n.author.displayName}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {n.content}
            </Text>
          </Paper>
        ))}
        {canWrite && (
          <>
            <Textarea
              label={t("cases.notes.write")}
              autosize
              minRows={2}
              maxLength={8000}
              value={content}
              onChange={(e) => setContent(e.currentTarget.value)}
            />
            <FormError error={add.error} />
            <Button
              w="fit-content"
              disabled={!content.trim()}
              loading={add.isPending}
              onClick={() => add.mutate(content.trim(), { onSuccess: () => setContent("") })}
            >
              {t("cases.notes.add")}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
