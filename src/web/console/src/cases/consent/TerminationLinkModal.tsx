// Sends the termination form to the client by link: the channel, then the code to tell separately, the link and its QR code.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import { useCreateClientLink } from "./api";
import { CreatedLinkStep } from "./CreatedLinkStep";
import type { CreatedClientLinkT } from "./contracts";
import { channelBody, LinkChannelFields, MANUAL_CHANNEL } from "./LinkChannelFields";

export function TerminationLinkModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateClientLink(caseId, "termination");
  const [channel, setChannel] = useState(MANUAL_CHANNEL);
  const [created, setCreated] = useState<CreatedClientLinkT | null>(null);
  return (
    <Modal opened onClose={onClose} title={t("consent.termination.linkTitle")} size="lg">
      {created ? (
        <CreatedLinkStep
          caseId={caseId}
          created={created}
          title={t("consent.termination.createdTitle")}
          testId="termination-created-link"
          onClose={onClose}
        />
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t("consent.termination.linkIntro")}
          </Text>
          <LinkChannelFields value={channel} onChange={setChannel} />
          <FormError error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              loading={create.isPending}
              onClick={() => create.mutate(channelBody(channel), { onSuccess: (result) => setCreated(result) })}
              data-testid="termination-link-create"
            >
              {t("consent.link.create")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
