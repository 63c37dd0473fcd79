// Adds attachments to a session already recorded (its provider or the case manager), within the per-session limit.
import { Alert, Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_ATTACHMENTS_PER_SESSION } from "../cases/services/contracts";
import { AttachmentPicker } from "./AttachmentPicker";
import { useAddAttachments } from "./mutations";

type Props = { interventionId: string; caseId: string; sessionId: string; held: number };

export function SessionAttachmentAdd({ interventionId, caseId, sessionId, held }: Props) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const add = useAddAttachments(interventionId, caseId, sessionId);
  const room = MAX_ATTACHMENTS_PER_SESSION - held;
  if (room <= 0) return null;
  return (
    <Group align="flex-end" gap="xs">
      <AttachmentPicker value={files} onChange={setFiles} room={room} label={t("services.session.addAttachments")} />
      <Button
        size="xs"
        variant="light"
        disabled={files.length === 0}
        loading={add.isPending}
        onClick={() => add.mutate(files, { onSuccess: () => setFiles([]) })}
      >
        {t("services.session.upload")}
      </Button>
      {add.data && add.data.length > 0 && (
        <Alert color="red" variant="light" role="alert" w="100%">
          {add.data.map((f) => `${f.fileName}: ${f.message}`).join(" · ")}
        </Alert>
      )}
    </Group>
  );
}
