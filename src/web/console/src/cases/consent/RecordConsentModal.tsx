// Consent given in person on the officer's screen: each purpose's text in force, the decision per purpose, who signs, the signature.
import { Button, Group, Modal, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import { useRecordConsent } from "./api";
import type { ConsentOverviewT } from "./contracts";
import { PartnerChoice } from "./PartnerChoice";
import { SignerFields } from "./SignerFields";
import { initialSigner, signerErrors, toSigner } from "./signer";

type Decision = "granted" | "refused" | "skip";
type Props = { caseId: string; overview: ConsentOverviewT; onClose: () => void };

export function RecordConsentModal({ caseId, overview, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRecordConsent(caseId);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [signer, setSigner] = useState(() => initialSigner(overview.guardianRequired));
  const [tried, setTried] = useState(false);

  const chosen = overview.texts.filter((x) => (decisions[x.purpose] ?? "skip") !== "skip");
  const sharing = decisions.partner_sharing;
  const needPartners = sharing === "granted" && partnerIds.length === 0;
  const errors = signerErrors(t, signer);
  const names = overview.partners.filter((p) => partnerIds.includes(p.id)).map((p) => p.name);

  const submit = () => {
    setTried(true);
    if (chosen.length === 0 || needPartners || Object.keys(errors).length > 0) return;
    record.mutate(
      {
        decisions: chosen.map((x) => ({ purpose: x.purpose, granted: decisions[x.purpose] === "granted" })),
        partnerIds: sharing && sharing !== "skip" ? partnerIds : [],
        signer: toSigner(signer),
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t("consent.inPerson.title")} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t("consent.inPerson.intro")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("consent.textVersion", { version: overview.textVersion })}
        </Text>
        {overview.texts.map((text) => (
          <Paper key={text.purpose} withBorder p="sm" data-testid={`consent-text-${text.purpose}`}>
            <Stack gap="xs">
              <Title order={3} fz="sm">
                {text.title}
              </Title>
              <Text size="sm">{text.body.replace("{partners}", names.length ? names.join(", ") : "…")}</Text>
              {text.purpose === "partner_sharing" && sharing && sharing !== "skip" && (
                <PartnerChoice
                  partners={overview.partners}
                  value={partnerIds}
                  onChange={setPartnerIds}
                  error={tried && needPartners ? t("consent.inPerson.needPartners") : null}
                />
              )}
              <Radio.Group
                label={t("consent.inPerson.decision")}
                value={decisions[text.purpose] ?? "skip"}
                onChange={(v) => setDecisions({ ...decisions, [text.purpose]: v as Decision })}
                data-testid={`consent-decision-${text.purpose}`}
              >
                <Group gap="md" mt={4}>
                  {(["granted", "refused", "skip"] as const).map((d) => (
                    <Radio key={d} value={d} label={t(`consent.inPerson.decisions.${d}`)} />
                  ))}
                </Group>
              </Radio.Group>
            </Stack>
          </Paper>
        ))}
        {tried && chosen.length === 0 && (
          <Text size="sm" c="red">
            {t("consent.inPerson.needDecision")}
          </Text>
        )}
        <SignerFields
          value={signer}
          onChange={setSigner}
          guardianRequired={overview.guardianRequired}
          errors={tried ? errors : {}}
        />
        <FormError error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={record.isPending} data-testid="consent-in-person-save">
            {t("consent.inPerson.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
