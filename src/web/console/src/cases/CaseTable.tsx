// A table of cases (register number, status, category, violence, risk, overdue flags, case manager, last change), each linking to its page.
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { labelOf, RISK_COLOURS } from "../intake/labels";
import { useFormatDate } from "../lib/useFormatDate";
import { CaseFlags } from "./CaseFlags";
import { CaseLink } from "./CaseLink";
import type { CaseSummaryT } from "./contracts";
import { CASE_STATUS_COLOURS, caseName } from "./labels";
import { useNow } from "./services/useNow";

export function CaseTable({ items, testId }: { items: CaseSummaryT[]; testId?: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const now = useNow();
  if (items.length === 0) return <Text c="dimmed">{t("cases.list.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("cases.fields.registerNumber")}</Table.Th>
            <Table.Th>{t("common.status")}</Table.Th>
            <Table.Th>{t("intake.fields.category")}</Table.Th>
            <Table.Th>{t("intake.fields.violenceTypes")}</Table.Th>
            <Table.Th>{t("intake.fields.risk")}</Table.Th>
            <Table.Th>{t("cases.fields.flags")}</Table.Th>
            <Table.Th>{t("cases.fields.caseManager")}</Table.Th>
            <Table.Th>{t("cases.fields.updatedAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <CaseLink id={c.id} fw={600} ff="monospace">
                  {caseName(t, c)}
                </CaseLink>
                {c.inDanger && (
                  <Badge ml="xs" size="xs" color="red">
                    {t("intake.queue.inDanger")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {/* Never cut to "MENUNGG…": the label sets the column's least width. */}
                <Badge color={CASE_STATUS_COLOURS[c.status]} variant="light" styles={{ label: { overflow: "visible" } }}>
                  {t(`cases.status.${c.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{labelOf(t, "category", c.category)}</Table.Td>
              <Table.Td>{c.violenceTypes.map((v) => labelOf(t, "violence", v)).join(", ")}</Table.Td>
              <Table.Td>
                {c.riskLevel ? (
                  <Badge color={RISK_COLOURS[c.riskLevel]} variant={c.riskLevel === "high" ? "filled" : "light"}>
                    {labelOf(t, "risk", c.riskLevel)}
                  </Badge>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>
                <CaseFlags c={c} now={now} />
              </Table.Td>
              <Table.Td>{c.caseManager?.displayName ?? "—"}</Table.Td>
              <Table.Td>{formatDate(c.updatedAt, c.unitId)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
