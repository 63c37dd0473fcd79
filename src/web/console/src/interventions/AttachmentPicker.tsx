// Picks PDF, JPEG or PNG files for a session record, refusing at once what the server would refuse (type, size, count).
import { FileInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_TYPES, MAX_ATTACHMENTS_PER_SESSION } from "../cases/services/contracts";
import { attachmentProblem } from "./readFile";

type Props = { value: File[]; onChange: (files: File[]) => void; room?: number; label?: string };

export function AttachmentPicker({ value, onChange, room = MAX_ATTACHMENTS_PER_SESSION, label }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const pick = (files: File[]) => {
    const bad = files.find((f) => attachmentProblem(f));
    if (bad) setError(t(`services.session.attachment_${attachmentProblem(bad)}`, { name: bad.name }));
    else if (files.length > room) setError(t("services.session.attachmentCount", { count: room }));
    else setError(null);
    onChange(files.filter((f) => !attachmentProblem(f)).slice(0, room));
  };
  return (
    <FileInput
      multiple
      clearable
      accept={ATTACHMENT_TYPES.join(",")}
      label={label ?? t("services.session.attachments")}
      description={t("services.session.attachmentsHelp", { count: room })}
      placeholder={t("services.session.chooseFiles")}
      value={value}
      onChange={pick}
      error={error}
      data-testid="intervention-session-files"
    />
  );
}
