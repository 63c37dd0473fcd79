// Tells the user someone else saved the record meanwhile: their own text stays in the form until they choose to reload.
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** `message`: what happened, when not "another officer saved" (the services' wording). */
type Props = { testId: string; loading?: boolean; onReload: () => void; message?: string };

export function StaleNotice({ testId, loading, onReload, message }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" role="alert" title={t("services.stale.title")} data-testid={testId}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message ?? t("services.stale.message")}</Text>
        <Button size="xs" variant="light" color="yellow" loading={loading} onClick={onReload} data-testid={`${testId}-reload`}>
          {t("services.stale.reload")}
        </Button>
      </Stack>
    </Alert>
  );
}
