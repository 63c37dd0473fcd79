// The "not allowed" notice for pages and data the signed-in person may not open.
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotAllowed({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t("errors.notAllowedTitle")} data-testid="not-allowed">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? t("errors.notAllowed")}</Text>
        <Button component={Link} to="/" variant="light" size="xs">
          {t("nav.backHome")}
        </Button>
      </Stack>
    </Alert>
  );
}
