// The termination form signed in person: the statement in force, who signs, the signature and the feedback; saving closes the case.
import { Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import type { CaseDetailT } from "../contracts";
import { useRecordTermination } from "./api";
import type { TerminationOverviewT } from "./contracts";
import { FeedbackFields } from "./FeedbackFields";
import { EMPTY_FEEDBACK, toFeedback } from "./feedback";
import { SignerFields } from "./SignerFields";
import { initialSigner, signerErrors, toSigner } from "./signer";

type Props = { detail: CaseDetailT; overview: TerminationOverviewT; guardianRequired: boolean; onClose: () => void };

export function RecordTerminationModal({ detail, overview, guardianRequired, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRecordTermination(detail.id);
  const [signer, setSigner] = useState(() => initialSigner(guardianRequired));
  const [feedback, setFeedback] = useState(EMPTY_FEEDBACK);
  const [tried, setTried] = useState(false);
  const errors = signerErrors(t, signer);

  const submit = () => {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    record.mutate({ version: detail.version, signer: toSigner(signer), feedback: toFeedback(feedback) }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t("consent.termination.inPersonTitle")} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t("consent.termination.inPersonIntro")}
        </Text>
        <Paper withBorder p="sm" data-testid="termination-text">
          <Stack gap="xs">
            <Title order={3} fz="sm">
              {overview.text.title}
            </Title>
            <Text size="sm">{overview.text.body}</Text>
            <Text size="xs" c="dimmed">
              {t("consent.textVersion", { version: overview.textVersion })}
            </Text>
          </Stack>
        </Paper>
        <SignerFields value={signer} onChange={setSigner} guardianRequired={guardianRequired} errors={tried ? errors : {}} />
        <FeedbackFields value={feedback} onChange={setFeedback} />
        <FormError error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={record.isPending} data-testid="termination-in-person-save">
            {t("consent.termination.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
