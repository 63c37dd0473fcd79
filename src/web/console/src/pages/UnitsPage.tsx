// Units (UPTD PPA of a province or regency/city): list, and create for those who manage units.
import { Anchor, Badge, Button, Paper, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe, useUnits } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { UnitFormModal } from "../components/UnitFormModal";
import { can, PERMISSIONS } from "../lib/access";
import { timeZoneAbbreviation } from "../lib/datetime";

export function UnitsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const units = useUnits();
  const [createOpen, create] = useDisclosure(false);
  const canManage = can(me, PERMISSIONS.unitManage);

  return (
    <>
      <PageHeader
        title={t("units.title")}
        description={t("units.description")}
        actions={canManage && <Button onClick={create.open}>{t("units.create")}</Button>}
      />
      {units.isPending && <Loading />}
      {units.error && <ErrorNotice error={units.error} />}
      {units.data && units.data.length === 0 && <Text c="dimmed">{t("units.empty")}</Text>}
      {units.data && units.data.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("units.name")}</Table.Th>
                  <Table.Th>{t("units.kind")}</Table.Th>
                  <Table.Th>{t("units.regionCode")}</Table.Th>
                  <Table.Th>{t("units.timeZone")}</Table.Th>
                  <Table.Th>{t("common.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {units.data.map((unit) => (
                  <Table.Tr key={unit.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/units/${unit.id}`} fw={500}>
                        {unit.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`unitKinds.${unit.kind}`)}</Table.Td>
                    <Table.Td>{unit.regionCode}</Table.Td>
                    <Table.Td>{timeZoneAbbreviation(unit.timeZone)}</Table.Td>
                    <Table.Td>
                      <Badge color={unit.active ? "teduh" : "gray"} variant="light">
                        {unit.active ? t("common.active") : t("common.inactive")}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {createOpen && <UnitFormModal units={units.data ?? []} onClose={create.close} />}
    </>
  );
}
