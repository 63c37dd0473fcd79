// Shows a one-time set-up or reset link once, with a copy button and how to pass it on privately.
import { Alert, Button, CopyButton, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OneTimeLinkT } from "../api/queries";
import { useFormatDate } from "../lib/useFormatDate";

type Props = { link: OneTimeLinkT; title: string };

export function OneTimeLinkCard({ link, title }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Alert color="teduh" variant="light" title={title} data-testid="one-time-link">
      <Stack gap="sm">
        <Text size="sm">{t("oneTimeLink.explain")}</Text>
        <TextInput label={t("oneTimeLink.label")} value={link.url} readOnly onFocus={(e) => e.currentTarget.select()} />
        <Text size="sm" c="dimmed">
          {t("oneTimeLink.expires", { date: formatDate(link.expiresAt) })}
        </Text>
        <CopyButton value={link.url}>
          {({ copied, copy }) => (
            <Button onClick={copy} color={copied ? "teal" : "teduh"} variant={copied ? "light" : "filled"} w="fit-content">
              {copied ? t("oneTimeLink.copied") : t("oneTimeLink.copy")}
            </Button>
          )}
        </CopyButton>
        <Text size="xs" c="dimmed">
          {t("oneTimeLink.once")}
        </Text>
      </Stack>
    </Alert>
  );
}
