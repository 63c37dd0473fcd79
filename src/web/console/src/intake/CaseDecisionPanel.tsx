// The supervisor's decision on a complaint sent for approval, for the intake officer: waiting, approved with the case's
// register number, or rejected with the reason and the partner agency suggested for referral.
import { Badge, Card, Group, SimpleGrid, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { reasonLabel } from "../cases/labels";
import { Fact } from "../components/Fact";
import type { CaseDecisionT } from "../contracts";
import { useFormatDate } from "../lib/useFormatDate";

export const DECISION_COLOURS: Record<CaseDecisionT["outcome"], string> = { pending: "grape", approved: "teal", rejected: "red" };

export function CaseDecisionPanel({ decision, unitId }: { decision: CaseDecisionT; unitId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-decision-title" data-testid="report-case-decision">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="md" id="case-decision-title">
            {t("intake.caseDecision.title")}
          </Title>
          <Badge color={DECISION_COLOURS[decision.outcome]} data-testid="report-case-outcome">
            {t(`intake.caseDecision.outcome.${decision.outcome}`)}
          </Badge>
        </Group>
        {decision.outcome !== "pending" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {decision.decidedAt && (
              <Fact label={t("intake.caseDecision.decidedAt")}>{formatDate(decision.decidedAt, unitId)}</Fact>
            )}
            {decision.registerNumber && (
              <Fact label={t("cases.fields.registerNumber")}>
                <span style={{ fontFamily: "monospace" }}>{decision.registerNumber}</span>
              </Fact>
            )}
            {decision.outcome === "rejected" && <Fact label={t("cases.fields.reason")}>{reasonLabel(t, decision.reason)}</Fact>}
            {decision.referralPartner && <Fact label={t("cases.fields.referralPartner")}>{decision.referralPartner}</Fact>}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
