// Change one's own password: current password, new password twice.
import { Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { ChangePasswordBody } from "../contracts";
import { applyServerErrors, zodValidate } from "../lib/forms";
import { withConfirmation } from "../lib/passwordForm";
import { FormError } from "./FormError";
import { PasswordField } from "./PasswordField";

type Values = { currentPassword: string; newPassword: string; confirm: string };
const toBody = ({ currentPassword, newPassword }: Values) => ({ currentPassword, newPassword });

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { currentPassword: "", newPassword: "", confirm: "" },
    validate: withConfirmation(zodValidate(ChangePasswordBody, toBody), "newPassword"),
  });
  const save = useMutation({
    mutationFn: (values: Values) => api("POST", "/me/password", toBody(values)),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: "teduh", message: t("profile.passwordChanged") });
    },
    onError: (err) => applyServerErrors(form, err),
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack maw={420}>
        <PasswordField
          label={t("profile.currentPassword")}
          autoComplete="current-password"
          required
          withAsterisk={false}
          {...form.getInputProps("currentPassword")}
        />
        <PasswordField
          label={t("profile.newPassword")}
          description={t("fields.passwordHelp")}
          autoComplete="new-password"
          required
          withAsterisk={false}
          {...form.getInputProps("newPassword")}
        />
        <PasswordField
          label={t("profile.newPasswordConfirm")}
          autoComplete="new-password"
          required
          withAsterisk={false}
          data-testid="new-password-confirm"
          {...form.getInputProps("confirm")}
        />
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("profile.changePassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
