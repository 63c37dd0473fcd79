// Profile: who I am and my roles, interface language, password change and two-factor authentication.
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/queries";
import { ChangePasswordForm } from "../components/ChangePasswordForm";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { RoleBadges } from "../components/RoleBadges";
import { TotpEnrolPanel } from "../components/TotpEnrolPanel";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section">
      <Title order={2} fz="lg" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return <Loading />;

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={t("profile.title")} description={`${me.displayName} · @${me.username}`} />
      <Section title={t("users.roles")}>
        <RoleBadges roles={me.roles} />
        {me.profession && (
          <Text size="sm" mt="sm">
            {t("users.profession")}: {t(`professions.${me.profession}`)}
          </Text>
        )}
      </Section>
      <Section title={t("profile.language")}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t("profile.languageHelp")}
          </Text>
          <LanguageSwitch />
        </Stack>
      </Section>
      <Section title={t("profile.password")}>
        <ChangePasswordForm />
      </Section>
      <Section title={t("twoFactor.title")}>
        <TotpEnrolPanel me={me} />
      </Section>
    </Stack>
  );
}
