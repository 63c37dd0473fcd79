// The banner above a form's buttons with the server's (already translated) error message.
import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t("errors.unknown");
  const title = error instanceof ApiError && error.status === 403 ? t("errors.notAllowedTitle") : undefined;
  return (
    <Alert color="red" variant="light" role="alert" title={title} data-testid="form-error">
      {message}
    </Alert>
  );
}
