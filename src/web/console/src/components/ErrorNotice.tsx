// Shows a failed request: "not allowed" for 403, "not found" for 404, otherwise the server's message.
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../api/client";
import { NotAllowed } from "./NotAllowed";

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) return <NotAllowed message={error.message} />;
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Alert color="gray" variant="light" title={t("errors.notFoundTitle")} data-testid="not-found">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t("errors.notFound")}</Text>
          <Button component={Link} to="/" variant="light" size="xs">
            {t("nav.backHome")}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const message = error instanceof Error ? error.message : t("errors.unknown");
  return (
    <Alert color="red" variant="light" title={t("errors.title")} role="alert">
      {message}
    </Alert>
  );
}
