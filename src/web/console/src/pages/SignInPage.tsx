// Sign-in: username and password, then (if asked) the two-factor code; sends enrolment-required users to enrol.
import { Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { api } from "../api/client";
import { reloadMe, useMe, useSetupStatus } from "../api/queries";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PasswordField } from "../components/PasswordField";
import { PublicLayout } from "../components/PublicLayout";
import { SignInBody } from "../contracts";
import { applyServerErrors, zodValidate } from "../lib/forms";
import { TotpStep } from "./TotpStep";

export type SignInStatus = "signed_in" | "totp_required" | "totp_enrolment_required";

function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const { data: me, isPending } = useMe();
  const setup = useSetupStatus();
  const [step, setStep] = useState<"password" | "totp">("password");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { username: "", password: "" },
    validate: zodValidate(SignInBody, (v: { username: string; password: string }) => v, {
      username: "validation.username",
    }),
  });

  async function finish(status: SignInStatus) {
    if (status === "totp_required") {
      setStep("totp");
      return;
    }
    await reloadMe(queryClient);
    navigate(status === "totp_enrolment_required" ? "/two-factor" : safeNext(params.get("next")), { replace: true });
  }

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ status: SignInStatus }>("POST", "/auth/sign-in", values);
      await finish(result.status);
    } catch (err) {
      setError(err);
      applyServerErrors(form, err);
    } finally {
      setBusy(false);
    }
  }

  if (isPending) return <Loading fullPage />;
  if (me && step === "password" && !busy) return <Navigate to={safeNext(params.get("next"))} replace />;

  if (step === "totp") {
    return (
      <PublicLayout title={t("signIn.totpTitle")} subtitle={t("signIn.totpSubtitle")}>
        <TotpStep onDone={finish} onBack={() => setStep("password")} />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t("signIn.title")} subtitle={t("signIn.subtitle")}>
      {setup.data?.needsSetup && (
        <Text size="sm" c="var(--mantine-color-orange-light-color)">
          {t("signIn.needsSetup")}
        </Text>
      )}
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput
            label={t("signIn.username")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            withAsterisk={false}
            {...form.getInputProps("username")}
          />
          <PasswordField
            label={t("signIn.password")}
            autoComplete="current-password"
            required
            withAsterisk={false}
            {...form.getInputProps("password")}
          />
          <FormError error={error} />
          <Button type="submit" loading={busy} fullWidth>
            {t("signIn.submit")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("signIn.forgot")}
          </Text>
        </Stack>
      </form>
      {setup.data?.needsSetup && (
        <Anchor component={Link} to="/setup" size="sm">
          {t("setup.title")}
        </Anchor>
      )}
    </PublicLayout>
  );
}
