// A just-made verification link: the code to tell the victim, and for sending by hand the link, message, QR code and "mark sent".
import { Alert, Button, CopyButton, Group, Image, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CreatedLinkT } from "./contracts";

type Props = {
  /** A verification link, or any client link of the same shape (consent, termination form). */
  created: Pick<CreatedLinkT, "code" | "delivery" | "url" | "message" | "qrSvg">;
  onMarkSent: () => void;
  marking: boolean;
  markedSent: boolean;
  /** Overrides of the card's title and code explanation for other kinds of link. */
  title?: string;
  codeExplain?: string;
};

function Copy({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant={copied ? "light" : "filled"} color={copied ? "teal" : "teduh"} onClick={copy} w="fit-content">
          {copied ? t("verification.copied") : label}
        </Button>
      )}
    </CopyButton>
  );
}

export function CreatedLinkCard({ created, onMarkSent, marking, markedSent, title, codeExplain }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="teduh" variant="light" title={title ?? t("verification.createdTitle")} data-testid="created-link">
      <Stack gap="sm">
        <Text size="sm">{codeExplain ?? t("verification.codeExplain")}</Text>
        <Title order={3} ff="monospace" data-testid="verification-code" aria-label={t("verification.codeLabel")}>
          {created.code}
        </Title>
        {created.delivery === "outbox" && <Text size="sm">{t("verification.queued")}</Text>}
        {created.delivery === "manual" && created.url && (
          <>
            <Text size="sm">{t("verification.manualExplain")}</Text>
            <TextInput
              label={t("verification.linkLabel")}
              value={created.url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
            />
            <Copy value={created.url} label={t("verification.copyLink")} />
            <Textarea label={t("verification.messageLabel")} value={created.message ?? ""} readOnly autosize minRows={2} />
            <Copy value={created.message ?? ""} label={t("verification.copyMessage")} />
            {created.qrSvg && (
              <Image
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(created.qrSvg)}`}
                alt={t("verification.qrAlt")}
                w={180}
                h={180}
                bg="white"
              />
            )}
            <Group>
              <Button onClick={onMarkSent} loading={marking} disabled={markedSent}>
                {markedSent ? t("verification.markedSent") : t("verification.markSent")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}
