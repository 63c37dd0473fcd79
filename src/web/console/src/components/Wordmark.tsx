// The "Teduh" wordmark: a sheltering roof mark beside the name.
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function Wordmark({ size = "lg" }: { size?: "md" | "lg" | "xl" }) {
  const { t } = useTranslation();
  const px = size === "xl" ? 40 : size === "lg" ? 30 : 24;
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={px} height={px} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-teduh-8)" />
        <path d="M5 17 16 7l11 10" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10 17v8h12v-8" fill="none" stroke="#d3ede6" strokeWidth="2.2" strokeLinejoin="round" />
        <circle cx="16" cy="20" r="2.2" fill="#fff" />
      </svg>
      <Text component="span" fw={700} fz={size === "xl" ? 28 : size === "lg" ? 22 : 18} c="teduh.9" lts={0.3}>
        {t("app.name")}
      </Text>
    </Group>
  );
}
