// Two-factor enrolment page: required after sign-in for some roles, suggested after first setup.
import { Alert, Button, Group, Paper, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../api/queries";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { TotpEnrolPanel } from "../components/TotpEnrolPanel";

export function TwoFactorPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const afterSetup = Boolean((location.state as { afterSetup?: boolean } | null)?.afterSetup);
  const [justEnabled, setJustEnabled] = useState(false);
  if (!me) return <Loading />;

  return (
    <Stack maw={640}>
      <PageHeader title={t("twoFactor.title")} description={t("twoFactor.description")} />
      {me.mfaEnrolmentRequired && (
        <Alert color="orange" variant="light" title={t("twoFactor.requiredTitle")} data-testid="totp-required">
          {t("twoFactor.required")}
        </Alert>
      )}
      {afterSetup && !justEnabled && (
        <Alert color="teduh" variant="light" title={t("twoFactor.afterSetupTitle")}>
          {t("twoFactor.afterSetup")}
        </Alert>
      )}
      {justEnabled && (
        <Alert color="teduh" variant="light" title={t("twoFactor.doneTitle")} role="status">
          {t("twoFactor.done")}
        </Alert>
      )}
      <Paper withBorder p={{ base: "md", sm: "lg" }}>
        <TotpEnrolPanel me={me} onEnabled={() => setJustEnabled(true)} />
      </Paper>
      {!me.mfaEnrolmentRequired && (
        <Group>
          <Button component={Link} to="/" variant={justEnabled || me.totpEnabled ? "filled" : "default"}>
            {justEnabled || me.totpEnabled ? t("nav.backHome") : t("twoFactor.later")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
