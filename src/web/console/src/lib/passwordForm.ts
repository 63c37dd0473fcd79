// Validation shared by the forms that choose a new password twice (setup, reset, change).
import type { FormErrors } from "@mantine/form";
import i18n from "../i18n";

/** Adds a "passwords differ" error under the confirmation field when it differs from `field`. */
export function withConfirmation<V extends { confirm: string }>(
  validate: (values: V) => FormErrors,
  field: keyof V = "password" as keyof V,
): (values: V) => FormErrors {
  return (values) => {
    const errors = validate(values);
    if (values[field] !== values.confirm) errors.confirm = i18n.t("validation.passwordsDiffer");
    return errors;
  };
}
