// Two-factor enrolment: show the QR code and manual key from the server, then confirm with a code.
import { Alert, Button, Code, Group, Image, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import { type MeT, TotpBody } from "../contracts";
import { applyServerErrors, zodValidate } from "../lib/forms";
import { FormError } from "./FormError";

type Enrolment = { secret: string; otpauthUrl: string; qrSvg: string };

function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export function TotpEnrolPanel({ me, onEnabled }: { me: MeT; onEnabled?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { code: "" },
    validate: zodValidate(TotpBody, (v: { code: string }) => v, { code: "validation.totpCode" }),
  });

  async function start() {
    setBusy(true);
    setError(null);
    try {
      setEnrolment(await api<Enrolment>("POST", "/me/totp/start"));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(values: { code: string }) {
    setBusy(true);
    setError(null);
    try {
      const updated = await api<MeT>("POST", "/me/totp/confirm", { code: values.code.trim() });
      queryClient.setQueryData(keys.me, updated);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "me" });
      setEnrolment(null);
      onEnabled?.();
    } catch (err) {
      setError(err);
      applyServerErrors(form, err);
    } finally {
      setBusy(false);
    }
  }

  if (me.totpEnabled && !enrolment) {
    return (
      <Alert color="teduh" variant="light" title={t("twoFactor.enabledTitle")} data-testid="totp-enabled">
        {t("twoFactor.enabled")}
      </Alert>
    );
  }

  if (!enrolment) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("twoFactor.intro")}</Text>
        <FormError error={error} />
        <Button onClick={() => void start()} loading={busy}>
          {t("twoFactor.start")}
        </Button>
      </Stack>
    );
  }

  const qrSrc = `data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <form onSubmit={form.onSubmit(confirm)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("twoFactor.step1")}</Text>
        <Image src={qrSrc} alt={t("twoFactor.qrAlt")} className="teduh-qr" w={220} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="totp-secret-label">
            {t("twoFactor.manualKey")}
          </Text>
          <Code block fz="md" className="teduh-break" data-testid="totp-secret" aria-labelledby="totp-secret-label">
            {groupSecret(enrolment.secret)}
          </Code>
          <Text size="xs" c="dimmed">
            {t("twoFactor.manualHelp")}
          </Text>
        </Stack>
        <Text size="sm">{t("twoFactor.step2")}</Text>
        <TextInput
          label={t("totp.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          withAsterisk={false}
          maw={240}
          {...form.getInputProps("code")}
        />
        <FormError error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {t("twoFactor.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
