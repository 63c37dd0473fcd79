// Mantine PasswordInput with a translated show/hide button whose label does not clash with field labels.
import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("common.toggleVisibility") }} {...props} />;
}
