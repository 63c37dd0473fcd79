// The client links of a case (consent or termination form): state, channel, validity, and "mark as sent" / "revoke".
import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useFormatDate } from "../../lib/useFormatDate";
import { useClientLinkAction } from "./api";
import type { ClientLinkT } from "./contracts";
import { LINK_STATE_COLOURS } from "./labels";

type Props = { caseId: string; unitId: string; links: ClientLinkT[]; canManage: boolean; testId: string };

export function ClientLinksTable({ caseId, unitId, links, canManage, testId }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const action = useClientLinkAction(caseId);
  const [revoking, setRevoking] = useState<string | null>(null);
  if (links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("consent.links.empty")}
      </Text>
    );
  }
  const showPurposes = links.some((l) => l.kind === "consent");
  return (
    <>
      {action.error && <ErrorNotice error={action.error} />}
      <Table.ScrollContainer minWidth={620}>
        <Table data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("consent.links.createdAt")}</Table.Th>
              {showPurposes && <Table.Th>{t("consent.links.purposes")}</Table.Th>}
              <Table.Th>{t("consent.channel.channel")}</Table.Th>
              <Table.Th>{t("common.status")}</Table.Th>
              <Table.Th>{t("consent.links.expiresAt")}</Table.Th>
              {canManage && <Table.Th>{t("common.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.map((link) => (
              <Table.Tr key={link.id} data-testid={`${testId}-row`} data-state={link.state}>
                <Table.Td>{formatDate(link.createdAt, unitId)}</Table.Td>
                {showPurposes && <Table.Td>{link.purposes.map((p) => t(`consent.purposes.${p}`)).join(", ")}</Table.Td>}
                <Table.Td>{t(`verification.channels.${link.channel}`)}</Table.Td>
                <Table.Td>
                  <Badge color={LINK_STATE_COLOURS[link.state]} variant="light" data-testid="client-link-state">
                    {t(`verification.states.${link.state}`)}
                  </Badge>
                  {link.usedAt && (
                    <Text size="xs" c="dimmed">
                      {t("consent.links.usedAt", { date: formatDate(link.usedAt, unitId) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(link.expiresAt, unitId)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap="xs">
                      {link.state === "pending" && link.channel === "manual" && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => action.mutate({ id: link.id, action: "sent" })}
                          data-testid="client-link-mark-sent"
                        >
                          {t("verification.markSent")}
                        </Button>
                      )}
                      {(link.state === "pending" || link.state === "sent") && (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => setRevoking(link.id)}
                          data-testid="client-link-revoke"
                        >
                          {t("verification.revoke")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={revoking !== null}
        title={t("consent.links.revokeTitle")}
        message={t("consent.links.revokeMessage")}
        confirmLabel={t("verification.revoke")}
        loading={action.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && action.mutate({ id: revoking, action: "revoke" }, { onSettled: () => setRevoking(null) })}
      />
    </>
  );
}
