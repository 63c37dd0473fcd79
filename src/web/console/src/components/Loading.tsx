// A centred spinner with an accessible "loading" label.
import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function Loading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? "100vh" : 160} role="status" aria-label={t("common.loading")}>
      <Loader color="teduh" />
    </Center>
  );
}
