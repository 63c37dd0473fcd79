// One staff account: overview, details, role grants and account actions (for those who manage users).
import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useMe, useUser } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { RoleBadges } from "../components/RoleBadges";
import { UserAccountActions } from "../components/UserAccountActions";
import { UserDetailsForm } from "../components/UserDetailsForm";
import { UserRolesForm } from "../components/UserRolesForm";
import { UserStatusBadge } from "../components/UserStatusBadge";
import { can, PERMISSIONS } from "../lib/access";
import { useFormatDate } from "../lib/useFormatDate";

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </div>
  );
}

export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: me } = useMe();
  const user = useUser(id);
  const formatDate = useFormatDate();
  const canManage = can(me, PERMISSIONS.userManage);

  if (user.isPending) return <Loading />;
  if (user.error) return <ErrorNotice error={user.error} />;
  const u = user.data;
  const locked = u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now();

  return (
    <Stack gap="lg">
      <PageHeader title={u.displayName} description={`@${u.username}`} actions={<UserStatusBadge user={u} />} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Fact label={t("fields.username")} value={u.username} />
          <Fact label={t("users.twoFactor")} value={u.totpEnabled ? t("users.twoFactorOn") : t("users.twoFactorOff")} />
          <Fact label={t("users.lastSignIn")} value={u.lastSignInAt ? formatDate(u.lastSignInAt) : t("users.never")} />
          {locked && <Fact label={t("users.lockedUntil")} value={formatDate(u.lockedUntil)} />}
          {!canManage && <Fact label={t("fields.email")} value={u.email ?? "—"} />}
          {!canManage && <Fact label={t("fields.phone")} value={u.phone ?? "—"} />}
          {!canManage && u.profession && <Fact label={t("users.profession")} value={t(`professions.${u.profession}`)} />}
        </SimpleGrid>
      </Paper>
      {canManage ? (
        <>
          <UserDetailsForm user={u} />
          <UserRolesForm user={u} />
          <UserAccountActions user={u} isSelf={me?.id === u.id} />
        </>
      ) : (
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} fz="lg">
              {t("users.roles")}
            </Title>
          </Group>
          <RoleBadges roles={u.roles} />
        </Paper>
      )}
    </Stack>
  );
}
