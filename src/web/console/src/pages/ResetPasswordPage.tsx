// Choose a (new or first) password from a one-time link (/console/reset-password#token=…).
import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { PasswordField } from "../components/PasswordField";
import { PublicLayout } from "../components/PublicLayout";
import { ResetPasswordBody } from "../contracts";
import { applyServerErrors, zodValidate } from "../lib/forms";
import { useHashToken } from "../lib/hashToken";
import { withConfirmation } from "../lib/passwordForm";

type Values = { token: string; password: string; confirm: string };
const toBody = ({ token, password }: Values) => ({ token, password });

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const hashToken = useHashToken();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const form = useForm<Values>({
    initialValues: { token: hashToken, password: "", confirm: "" },
    validate: withConfirmation(zodValidate(ResetPasswordBody, toBody)),
  });

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await api("POST", "/auth/reset-password", toBody(values));
      setDone(true);
    } catch (err) {
      setError(err);
      applyServerErrors(form, err);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <PublicLayout title={t("resetPassword.title")}>
        <Alert color="teduh" variant="light" title={t("resetPassword.doneTitle")} role="status">
          {t("resetPassword.done")}
        </Alert>
        <Button component={Link} to="/sign-in" fullWidth>
          {t("signIn.goToSignIn")}
        </Button>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t("resetPassword.title")} subtitle={t("resetPassword.subtitle")}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          {!hashToken && (
            <TextInput
              label={t("resetPassword.token")}
              description={t("resetPassword.tokenHelp")}
              required
              withAsterisk={false}
              {...form.getInputProps("token")}
            />
          )}
          <PasswordField
            label={t("fields.password")}
            description={t("fields.passwordHelp")}
            autoComplete="new-password"
            required
            withAsterisk={false}
            {...form.getInputProps("password")}
          />
          <PasswordField
            label={t("fields.passwordConfirm")}
            autoComplete="new-password"
            required
            withAsterisk={false}
            data-testid="password-confirm"
            {...form.getInputProps("confirm")}
          />
          <FormError error={error} />
          <Button type="submit" loading={busy} fullWidth>
            {t("resetPassword.submit")}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t("signIn.goToSignIn")}
          </Anchor>
        </Stack>
      </form>
    </PublicLayout>
  );
}
