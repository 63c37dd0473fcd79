// Asks consent by link: the purposes (and, for sharing, the partner agencies named), the channel; then the code and QR code.
import { Button, Checkbox, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import { useCreateClientLink } from "./api";
import { CreatedLinkStep } from "./CreatedLinkStep";
import { CONSENT_PURPOSES, type ConsentOverviewT, type CreatedClientLinkT } from "./contracts";
import { channelBody, LinkChannelFields, MANUAL_CHANNEL } from "./LinkChannelFields";
import { PartnerChoice } from "./PartnerChoice";

type Props = { caseId: string; overview: ConsentOverviewT; onClose: () => void };

export function ConsentLinkModal({ caseId, overview, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateClientLink(caseId, "consent");
  const noPartners = overview.partners.length === 0;
  const [purposes, setPurposes] = useState<string[]>(CONSENT_PURPOSES.filter((p) => !(noPartners && p === "partner_sharing")));
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [channel, setChannel] = useState(MANUAL_CHANNEL);
  const [created, setCreated] = useState<CreatedClientLinkT | null>(null);
  const sharing = purposes.includes("partner_sharing");
  const ready = purposes.length > 0 && (!sharing || partnerIds.length > 0);

  const submit = () =>
    create.mutate(
      { ...channelBody(channel), purposes, partnerIds: sharing ? partnerIds : [] },
      { onSuccess: (result) => setCreated(result) },
    );

  return (
    <Modal opened onClose={onClose} title={t("consent.link.title")} size="lg">
      {created ? (
        <CreatedLinkStep
          caseId={caseId}
          created={created}
          title={t("consent.link.createdTitle")}
          testId="consent-created-link"
          onClose={onClose}
        />
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t("consent.link.intro")}
          </Text>
          {overview.guardianRequired && (
            <Text size="sm" fw={500}>
              {t("consent.guardianRequired")}
            </Text>
          )}
          <Checkbox.Group
            label={t("consent.link.purposes")}
            value={purposes}
            onChange={setPurposes}
            data-testid="consent-link-purposes"
          >
            <Stack gap={6} mt="xs">
              {CONSENT_PURPOSES.map((p) => (
                <Checkbox key={p} value={p} label={t(`consent.purposes.${p}`)} disabled={p === "partner_sharing" && noPartners} />
              ))}
            </Stack>
          </Checkbox.Group>
          {sharing && <PartnerChoice partners={overview.partners} value={partnerIds} onChange={setPartnerIds} />}
          <LinkChannelFields value={channel} onChange={setChannel} />
          <FormError error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button onClick={submit} loading={create.isPending} disabled={!ready} data-testid="consent-link-create">
              {t("consent.link.create")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
