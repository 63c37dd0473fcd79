// The region a unit serves: a province, or a province and one of its regencies/cities (Kemendagri codes), as searchable selects.
import { Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRegions } from "../intake/api";

type Props = { kind: string; value: string; error?: React.ReactNode; onChange: (code: string) => void };

export function UnitRegionSelect({ kind, value, error, onChange }: Props) {
  const { t } = useTranslation();
  // The province is the code's first two digits: a regency/city unit holds the province alone until its regency is chosen.
  const province = value.slice(0, 2);
  const provinces = useRegions(null);
  const regencies = useRegions(province, kind !== "province" && province.length === 2);
  const common = {
    searchable: true,
    allowDeselect: false,
    nothingFoundMessage: t("intake.form.regionNone"),
    placeholder: t("intake.form.regionSearch"),
    required: true,
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        {...common}
        label={t("intake.fields.provinceCode")}
        data={provinces.data ?? []}
        value={province || null}
        error={kind === "province" || value.length < 2 ? error : undefined}
        data-testid="unit-region-province"
        onChange={(code) => onChange(code ?? "")}
      />
      {kind !== "province" && (
        <Select
          {...common}
          label={t("intake.fields.regencyCode")}
          data={regencies.data ?? []}
          disabled={province.length !== 2}
          value={value.length === 4 ? value : null}
          error={error}
          data-testid="unit-region-regency"
          onChange={(code) => onChange(code ?? "")}
        />
      )}
    </SimpleGrid>
  );
}
