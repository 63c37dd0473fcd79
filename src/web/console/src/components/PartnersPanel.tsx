// Partner agencies of a unit (police, Dinsos, LPSK, hospitals…): list, add and edit.
import { Badge, Button, Group, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePartners } from "../api/queries";
import type { PartnerT } from "../contracts";
import { ErrorNotice } from "./ErrorNotice";
import { Loading } from "./Loading";
import { PartnerFormModal } from "./PartnerFormModal";

type Props = { unitId: string; canManage: boolean };

export function PartnersPanel({ unitId, canManage }: Props) {
  const { t } = useTranslation();
  const partners = usePartners(unitId);
  const [editing, setEditing] = useState<PartnerT | "new" | null>(null);

  return (
    <>
      {canManage && (
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setEditing("new")}>{t("partners.create")}</Button>
        </Group>
      )}
      {partners.isPending && <Loading />}
      {partners.error && <ErrorNotice error={partners.error} />}
      {partners.data?.length === 0 && <Text c="dimmed">{t("partners.empty")}</Text>}
      {partners.data && partners.data.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("partners.name")}</Table.Th>
                  <Table.Th>{t("partners.kind")}</Table.Th>
                  <Table.Th>{t("partners.contactPerson")}</Table.Th>
                  <Table.Th>{t("fields.phone")}</Table.Th>
                  <Table.Th>{t("fields.email")}</Table.Th>
                  <Table.Th>{t("common.status")}</Table.Th>
                  {canManage && <Table.Th>{t("common.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partners.data.map((partner) => (
                  <Table.Tr key={partner.id}>
                    <Table.Td fw={500}>{partner.name}</Table.Td>
                    <Table.Td>{t(`partnerKinds.${partner.kind}`)}</Table.Td>
                    <Table.Td>{partner.contactPerson ?? "—"}</Table.Td>
                    <Table.Td>{partner.phone ?? "—"}</Table.Td>
                    <Table.Td>{partner.email ?? "—"}</Table.Td>
                    <Table.Td>
                      <Badge color={partner.active ? "teduh" : "gray"} variant="light">
                        {partner.active ? t("common.active") : t("common.inactive")}
                      </Badge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing(partner)}
                          aria-label={t("partners.editNamed", { name: partner.name })}
                        >
                          {t("common.edit")}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {editing && (
        <PartnerFormModal unitId={unitId} partner={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
