// The victim's region on the intake form: searchable selects for province -> regency/city -> district (Kemendagri codes).
import { Select, SimpleGrid } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useRegions } from "./api";
import type { Values } from "./intakeFormValues";

type Level = "provinceCode" | "regencyCode" | "districtCode";
type Options = UseQueryResult<{ value: string; label: string }[]>;
/** Choosing a level empties the levels under it. */
const BELOW: Record<Level, Level[]> = {
  provinceCode: ["regencyCode", "districtCode"],
  regencyCode: ["districtCode"],
  districtCode: [],
};

export function RegionSelects({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const { provinceCode, regencyCode } = form.values;
  const provinces = useRegions(null);
  const regencies = useRegions(provinceCode, provinceCode.length === 2);
  const districts = useRegions(regencyCode, regencyCode.length === 4);
  const select = (level: Level, options: Options, enabled: boolean) => (
    <Select
      label={t(`intake.fields.${level}`)}
      placeholder={enabled ? t("intake.form.regionSearch") : undefined}
      nothingFoundMessage={options.isFetching ? t("intake.form.regionLoading") : t("intake.form.regionNone")}
      data={enabled ? (options.data ?? []) : []}
      disabled={!enabled}
      searchable
      clearable
      allowDeselect={false}
      // Named like the form's other fields, so that a server error on it can take the focus (focusFirstError).
      data-path={level}
      value={form.values[level] || null}
      error={form.errors[level] ?? options.error?.message}
      onChange={(value) => {
        form.setFieldValue(level, value ?? "");
        for (const below of BELOW[level]) form.setFieldValue(below, "");
        form.clearFieldError(level);
      }}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {select("provinceCode", provinces, true)}
      {select("regencyCode", regencies, provinceCode.length === 2)}
      {select("districtCode", districts, regencyCode.length === 4)}
    </SimpleGrid>
  );
}
