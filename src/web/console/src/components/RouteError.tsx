// Last-resort screen when a page crashes or a route fails to load.
import { Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";
import { PublicLayout } from "./PublicLayout";

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <PublicLayout title={t("errors.crashTitle")}>
      <Stack align="flex-start">
        <Text size="sm">{t("errors.crash")}</Text>
        <Button component="a" href="/console/">
          {t("nav.backHome")}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
