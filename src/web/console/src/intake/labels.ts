// Translated option lists and labels for the complaint vocabularies (categories.ts), keyed by their codes.
import type { TFunction } from "i18next";

export type Option = { value: string; label: string };

/** Options of a vocabulary: labels at intake.<group>.<code>. */
export const optionsOf = (t: TFunction, group: string, values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: t(`intake.${group}.${value}`) }));

/** With a leading empty choice ("—"), for optional selects. */
export const optionalOptions = (t: TFunction, group: string, values: readonly string[]): Option[] => [
  { value: "", label: t("intake.form.notSet") },
  ...optionsOf(t, group, values),
];

/** With a leading empty "Choose…" for required selects, so that nothing is answered until the officer chooses. */
export const requiredOptions = (t: TFunction, group: string, values: readonly string[]): Option[] => [
  { value: "", label: t("intake.form.choose") },
  ...optionsOf(t, group, values),
];

export const labelOf = (t: TFunction, group: string, value: string | null | undefined): string =>
  value ? t(`intake.${group}.${value}`) : t("intake.form.notSet");

export const RISK_COLOURS: Record<string, string> = { high: "red", medium: "orange", low: "teal" };
export const STATUS_COLOURS: Record<string, string> = {
  received: "blue",
  in_intake: "teal",
  awaiting_approval: "grape",
  duplicate: "gray",
  not_a_case: "gray",
};
