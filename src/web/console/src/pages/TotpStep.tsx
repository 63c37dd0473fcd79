// Second sign-in step: the 6-digit code from the authenticator app.
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import { TotpBody } from "../contracts";
import { applyServerErrors, zodValidate } from "../lib/forms";
import type { SignInStatus } from "./SignInPage";

type Props = { onDone: (status: SignInStatus) => Promise<void>; onBack: () => void };

export function TotpStep({ onDone, onBack }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { code: "" },
    validate: zodValidate(TotpBody, (v: { code: string }) => v, { code: "validation.totpCode" }),
  });

  async function submit(values: { code: string }) {
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ status: SignInStatus }>("POST", "/auth/totp", { code: values.code.trim() });
      await onDone(result.status);
    } catch (err) {
      setError(err);
      applyServerErrors(form, err);
      form.setFieldValue("code", "");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <TextInput
          label={t("totp.code")}
          description={t("totp.codeHelp")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
          required
          withAsterisk={false}
          {...form.getInputProps("code")}
        />
        <FormError error={error} />
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack}>
            {t("common.back")}
          </Button>
          <Button type="submit" loading={busy}>
            {t("totp.verify")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
