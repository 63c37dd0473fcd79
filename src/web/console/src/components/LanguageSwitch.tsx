// ID/EN switch: changes the language, stores it in the teduh_lang cookie and, when signed in, on the profile.
import { SegmentedControl } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import type { MeT } from "../contracts";
import { applyLanguage, currentLanguage, type Language } from "../i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();

  async function change(value: string) {
    const lang: Language = value === "en" ? "en" : "id";
    await applyLanguage(lang);
    const me = queryClient.getQueryData<MeT | null>(keys.me);
    if (!me) return;
    try {
      const updated = await api<MeT>("PATCH", "/me", { locale: lang });
      queryClient.setQueryData(keys.me, updated);
    } catch (err) {
      notifications.show({ color: "red", message: err instanceof Error ? err.message : t("errors.unknown") });
    }
  }

  return (
    <SegmentedControl
      size="xs"
      aria-label={t("language.label")}
      value={i18n.language === "en" ? "en" : currentLanguage()}
      onChange={(value) => void change(value)}
      data={[
        { value: "id", label: <span title={t("language.id")}>{t("language.idShort")}</span> },
        { value: "en", label: <span title={t("language.en")}>{t("language.enShort")}</span> },
      ]}
    />
  );
}
