// One unit: its details (editable by unit managers), complaint posts and partner agencies.
import { Badge, Button, Paper, SimpleGrid, Stack, Tabs, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useMe, useUnit, useUnits } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { PartnersPanel } from "../components/PartnersPanel";
import { PostsPanel } from "../components/PostsPanel";
import { UnitFormModal } from "../components/UnitFormModal";
import { can, PERMISSIONS } from "../lib/access";
import { timeZoneLabel } from "../lib/options";

function Detail({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" className="teduh-break">
        {value || "—"}
      </Text>
    </div>
  );
}

export function UnitDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: me } = useMe();
  const unit = useUnit(id);
  const units = useUnits();
  const [editOpen, edit] = useDisclosure(false);
  const canManage = can(me, PERMISSIONS.unitManage);

  if (unit.isPending) return <Loading />;
  if (unit.error) return <ErrorNotice error={unit.error} />;
  const u = unit.data;
  const parent = units.data?.find((p) => p.id === u.parentId);

  return (
    <Stack gap="lg">
      <PageHeader
        title={u.name}
        description={t(`unitKinds.${u.kind}`)}
        actions={canManage && <Button onClick={edit.open}>{t("units.edit")}</Button>}
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Detail label={t("units.regionCode")} value={u.regionCode} />
          <Detail label={t("units.timeZone")} value={timeZoneLabel(t, u.timeZone)} />
          <Detail label={t("units.parent")} value={parent?.name} />
          <Detail label={t("fields.address")} value={u.address} />
          <Detail label={t("fields.phone")} value={u.phone} />
          <Detail label={t("fields.email")} value={u.email} />
          <Detail
            label={t("common.status")}
            value={
              <Badge color={u.active ? "teduh" : "gray"} variant="light">
                {u.active ? t("common.active") : t("common.inactive")}
              </Badge>
            }
          />
        </SimpleGrid>
      </Paper>
      <Tabs defaultValue="posts" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="posts">{t("posts.title")}</Tabs.Tab>
          <Tabs.Tab value="partners">{t("partners.title")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="posts" pt="md">
          <PostsPanel unitId={u.id} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="partners" pt="md">
          <PartnersPanel unitId={u.id} canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
      {editOpen && <UnitFormModal unit={u} units={units.data ?? []} onClose={edit.close} />}
    </Stack>
  );
}
