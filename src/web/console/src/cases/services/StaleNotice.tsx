// Tells the user someone else saved the record meanwhile: their own text stays in the form until they choose to reload.
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Props = { testId: string; loading?: boolean; onReload: () => void };

export function StaleNotice({ testId, loading, onReload }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" role="alert" title={t("services.stale.title")} data-testid={testId}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("services.stale.message")}</Text>
        <Button size="xs" variant="light" color="yellow" loading={loading} onClick={onReload} data-testid={`${testId}-reload`}>
          {t("services.stale.reload")}
        </Button>
      </Stack>
    </Alert>
  );
}
