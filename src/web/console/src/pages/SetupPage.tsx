// First-administrator setup from the link printed by the server (/console/setup#token=…).
import { Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api } from "../api/client";
import { keys, reloadMe, useSetupStatus } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PasswordField } from "../components/PasswordField";
import { PublicLayout } from "../components/PublicLayout";
import { SetupBody } from "../contracts";
import { applyServerErrors, zodValidate } from "../lib/forms";
import { useHashToken } from "../lib/hashToken";
import { withConfirmation } from "../lib/passwordForm";

type Values = { token: string; username: string; displayName: string; password: string; confirm: string };
const toBody = ({ token, username, displayName, password }: Values) => ({ token, username, displayName, password });

export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const hashToken = useHashToken();
  const status = useSetupStatus();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: { token: hashToken, username: "", displayName: "", password: "", confirm: "" },
    validate: withConfirmation(zodValidate(SetupBody, toBody, { username: "validation.username" })),
  });

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      await api("POST", "/setup", toBody(values));
      await reloadMe(queryClient);
      navigate("/two-factor", { replace: true, state: { afterSetup: true } });
      queryClient.setQueryData(keys.setup, { needsSetup: false });
    } catch (err) {
      setError(err);
      applyServerErrors(form, err);
    } finally {
      setBusy(false);
    }
  }

  if (status.isPending) return <Loading fullPage />;
  if (status.error) {
    return (
      <PublicLayout title={t("setup.title")}>
        <ErrorNotice error={status.error} />
      </PublicLayout>
    );
  }
  if (!status.data.needsSetup) {
    return (
      <PublicLayout title={t("setup.title")} subtitle={t("setup.done")}>
        <Anchor component={Link} to="/sign-in">
          {t("signIn.goToSignIn")}
        </Anchor>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t("setup.title")} subtitle={t("setup.subtitle")}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          {!hashToken && (
            <TextInput
              label={t("setup.token")}
              description={t("setup.tokenHelp")}
              required
              withAsterisk={false}
              {...form.getInputProps("token")}
            />
          )}
          <TextInput
            label={t("fields.username")}
            description={t("fields.usernameHelp")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            withAsterisk={false}
            {...form.getInputProps("username")}
          />
          <TextInput
            label={t("fields.displayName")}
            autoComplete="name"
            required
            withAsterisk={false}
            {...form.getInputProps("displayName")}
          />
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
            {t("setup.submit")}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
