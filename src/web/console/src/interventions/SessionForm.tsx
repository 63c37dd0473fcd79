// The intervention form: record a session (date, what was done, result achieved, follow-up plan) with attachments.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SessionBody } from "../cases/services/contracts";
import { todayIn } from "../cases/services/useFormatDay";
import { FormError } from "../components/FormError";
import { applyServerErrors, orNull, zodValidate } from "../lib/forms";
import { useTimeZoneOf } from "../lib/useTimeZone";
import { AttachmentPicker } from "./AttachmentPicker";
import { type SessionValues, type UploadFailure, useRecordSession } from "./mutations";

type Values = { heldOn: string; whatWasDone: string; result: string; followUp: string };

const toBody = (v: Values): SessionValues => ({
  heldOn: v.heldOn,
  whatWasDone: v.whatWasDone.trim(),
  result: v.result.trim(),
  followUp: orNull(v.followUp),
});

export function SessionForm({ interventionId, caseId }: { interventionId: string; caseId: string }) {
  const { t } = useTranslation();
  const today = todayIn(useTimeZoneOf()());
  const empty = { heldOn: today, whatWasDone: "", result: "", followUp: "" };
  const form = useForm<Values>({ initialValues: empty, validate: zodValidate(SessionBody, toBody) });
  const [files, setFiles] = useState<File[]>([]);
  const [failures, setFailures] = useState<UploadFailure[]>([]);
  const record = useRecordSession(interventionId, caseId);
  const submit = (values: Values) =>
    record.mutate(
      { values: toBody(values), files },
      {
        onSuccess: ({ failures }) => {
          notifications.show({ color: "teal", message: t("services.session.recorded") });
          setFailures(failures);
          form.setValues(empty);
          form.resetDirty(empty);
          setFiles([]);
        },
        onError: (err) => applyServerErrors(form, err),
      },
    );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="session-form-title">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="intervention-session-form">
        <Stack gap="sm">
          <Title order={2} fz="md" id="session-form-title">
            {t("services.session.formTitle")}
          </Title>
          <TextInput
            type="date"
            label={t("services.session.heldOn")}
            required
            max={today}
            w={200}
            data-testid="intervention-session-date"
            {...form.getInputProps("heldOn")}
          />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <Textarea
              label={t("services.session.whatWasDone")}
              required
              autosize
              minRows={3}
              maxLength={8000}
              data-testid="intervention-session-done"
              {...form.getInputProps("whatWasDone")}
            />
            <Textarea
              label={t("services.session.result")}
              required
              autosize
              minRows={3}
              maxLength={8000}
              data-testid="intervention-session-result"
              {...form.getInputProps("result")}
            />
            <Textarea
              label={t("services.session.followUp")}
              autosize
              minRows={3}
              maxLength={8000}
              data-testid="intervention-session-follow-up"
              {...form.getInputProps("followUp")}
            />
          </SimpleGrid>
          <AttachmentPicker value={files} onChange={setFiles} />
          {failures.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t("services.session.uploadFailed")}>
              {failures.map((f) => `${f.fileName}: ${f.message}`).join(" · ")}
            </Alert>
          )}
          <FormError error={record.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending} data-testid="intervention-session-save">
              {t("services.session.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
