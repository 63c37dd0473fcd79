// Every consent decision of a case, newest first: purpose, decision, text version, signer, signature kind, method, withdrawal.
import { Badge, Card, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../lib/useFormatDate";
import type { ConsentOverviewT } from "./contracts";
import { partnerNames, signerLabel } from "./labels";

export function ConsentHistory({ overview, unitId }: { overview: ConsentOverviewT; unitId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="consent-history-title">
      <Title order={2} fz="md" id="consent-history-title" mb="sm">
        {t("consent.history.title")}
      </Title>
      {overview.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("consent.history.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="consent-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("consent.history.at")}</Table.Th>
                <Table.Th>{t("consent.history.purpose")}</Table.Th>
                <Table.Th>{t("consent.history.decision")}</Table.Th>
                <Table.Th>{t("consent.history.givenBy")}</Table.Th>
                <Table.Th>{t("consent.history.signature")}</Table.Th>
                <Table.Th>{t("consent.history.recordedBy")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.history.map((r) => (
                <Table.Tr key={r.id} data-testid="consent-history-row">
                  <Table.Td>{formatDate(r.givenAt, unitId)}</Table.Td>
                  <Table.Td>
                    {t(`consent.purposes.${r.purpose}`)}
                    {r.partnerIds.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {partnerNames(t, r.partnerIds, overview.partners)}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t("consent.textVersion", { version: r.textVersion })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.granted ? "teal" : "orange"}>
                      {t(r.granted ? "consent.inPerson.decisions.granted" : "consent.inPerson.decisions.refused")}
                    </Badge>
                    {r.withdrawnAt && (
                      <Text size="xs" c="red" data-testid="consent-withdrawn-note">
                        {t("consent.history.withdrawn", {
                          date: formatDate(r.withdrawnAt, unitId),
                          name: r.withdrawnBy?.displayName ?? "—",
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{signerLabel(t, r.givenBy, r.guardianRelationship)}</Table.Td>
                  <Table.Td>
                    {t(`consent.signer.kinds.${r.signatureKind}`)} · {t(`consent.methods.${r.method}`)}
                  </Table.Td>
                  <Table.Td>{r.recordedBy.displayName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
