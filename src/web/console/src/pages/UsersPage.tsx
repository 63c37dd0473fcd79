// Staff accounts: filter by unit, role and name; open one; create for those who manage users.
import { Anchor, Button, NativeSelect, Paper, SimpleGrid, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe, useUnits, useUsers } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { RoleBadges } from "../components/RoleBadges";
import { UserStatusBadge } from "../components/UserStatusBadge";
import { can, PERMISSIONS } from "../lib/access";
import { roleOptions, unitOptions } from "../lib/options";
import { useFormatDate } from "../lib/useFormatDate";

export function UsersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const units = useUnits(can(me, PERMISSIONS.unitRead));
  const [unitId, setUnitId] = useState("");
  const [role, setRole] = useState("");
  const [q, setQ] = useState("");
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const users = useUsers({ unitId: unitId || undefined, role: role || undefined, q: debouncedQ || undefined });
  const formatDate = useFormatDate();

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={
          can(me, PERMISSIONS.userManage) && (
            <Button component={Link} to="/users/new">
              {t("users.create")}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md" spacing="sm">
        <TextInput label={t("users.search")} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <NativeSelect
          label={t("users.filterUnit")}
          data={[{ value: "", label: t("users.allUnits") }, ...unitOptions(units.data)]}
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("users.filterRole")}
          data={[{ value: "", label: t("users.allRoles") }, ...roleOptions(t)]}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
        />
      </SimpleGrid>
      {users.isPending && <Loading />}
      {users.error && <ErrorNotice error={users.error} />}
      {users.data?.length === 0 && <Text c="dimmed">{t("users.empty")}</Text>}
      {users.data && users.data.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("fields.displayName")}</Table.Th>
                  <Table.Th>{t("fields.username")}</Table.Th>
                  <Table.Th>{t("users.roles")}</Table.Th>
                  <Table.Th>{t("common.status")}</Table.Th>
                  <Table.Th>{t("users.twoFactor")}</Table.Th>
                  <Table.Th>{t("users.lastSignIn")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/users/${user.id}`} fw={500}>
                        {user.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{user.username}</Table.Td>
                    <Table.Td>
                      <RoleBadges roles={user.roles} />
                    </Table.Td>
                    <Table.Td>
                      <UserStatusBadge user={user} />
                    </Table.Td>
                    <Table.Td>{user.totpEnabled ? t("common.yes") : t("common.no")}</Table.Td>
                    <Table.Td>{user.lastSignInAt ? formatDate(user.lastSignInAt) : t("users.never")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}
