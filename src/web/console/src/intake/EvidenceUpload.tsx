// Attaches a file to a complaint in intake (a scanned letter, a photo sent over WhatsApp): JPG, PNG, WEBP or PDF, read as base64.
import { Button, FileInput, Group } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { EVIDENCE_TYPES, type EvidenceItemT } from "../contracts";
import { readBase64 } from "../interventions/readFile";
import { intakeKeys } from "./api";

export function EvidenceUpload({ reportId, onAdded }: { reportId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const add = useMutation({
    mutationFn: async (chosen: File) =>
      api<EvidenceItemT>("POST", `/reports/${reportId}/evidence`, {
        fileName: chosen.name,
        contentBase64: await readBase64(chosen),
      }),
    onSuccess: () => {
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: intakeKeys.report(reportId) });
      onAdded();
    },
  });
  const wrongType = file !== null && !(EVIDENCE_TYPES as readonly string[]).includes(file.type);
  return (
    <>
      <Group align="flex-end" gap="sm">
        <FileInput
          clearable
          accept={EVIDENCE_TYPES.join(",")}
          label={t("intake.evidence.add")}
          description={t("intake.evidence.addHelp")}
          placeholder={t("intake.evidence.choose")}
          value={file}
          onChange={setFile}
          error={wrongType ? t("intake.evidence.wrongType") : null}
          style={{ flex: 1 }}
          data-testid="evidence-file"
        />
        <Button onClick={() => file && add.mutate(file)} disabled={!file || wrongType} loading={add.isPending}>
          {t("intake.evidence.attach")}
        </Button>
      </Group>
      <FormError error={add.error} />
    </>
  );
}
