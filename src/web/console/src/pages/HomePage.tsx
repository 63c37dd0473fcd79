// Home: a greeting, a two-factor reminder, then one "what waits for you" section per role the person holds.
import { Alert, Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/queries";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import "../home/builtins";
import { RoleSection } from "../home/RoleSection";
import { distinctRoles } from "../lib/access";

export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return <Loading />;
  const roles = distinctRoles(me);

  return (
    <Stack gap="lg">
      <PageHeader title={t("home.greeting", { name: me.displayName })} description={t("home.intro")} />
      {!me.totpEnabled && (
        <Alert color="orange" variant="light" title={t("home.totpReminderTitle")}>
          {t("home.totpReminder")}{" "}
          <Anchor component={Link} to="/two-factor" size="sm" fw={600}>
            {t("home.totpReminderLink")}
          </Anchor>
        </Alert>
      )}
      {roles.length === 0 && (
        <Alert color="gray" variant="light" title={t("home.noRolesTitle")}>
          {t("home.noRoles")}
        </Alert>
      )}
      {roles.map((role) => (
        <RoleSection key={role} me={me} role={role} />
      ))}
    </Stack>
  );
}
