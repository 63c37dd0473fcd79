// The partner agencies named in the sharing text: the unit's active partners, at least one when sharing is asked.
import { Checkbox, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Props = {
  partners: readonly { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
};

export function PartnerChoice({ partners, value, onChange, error }: Props) {
  const { t } = useTranslation();
  if (partners.length === 0) {
    return (
      <Text size="sm" c="var(--mantine-color-orange-light-color)">
        {t("consent.partners.none")}
      </Text>
    );
  }
  return (
    <Checkbox.Group
      label={t("consent.partners.label")}
      description={t("consent.partners.help")}
      value={value}
      onChange={onChange}
      error={error}
      data-testid="consent-partners"
    >
      <Stack gap={6} mt="xs">
        {partners.map((p) => (
          <Checkbox key={p.id} value={p.id} label={p.name} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
