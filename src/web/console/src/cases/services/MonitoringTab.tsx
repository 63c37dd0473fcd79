// The case's monitoring tab: risk, next review, assessment and plan state, the police-report deadline, every intervention.
import { Badge, Card, Group, SimpleGrid, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Fact } from "../../components/Fact";
import { Loading } from "../../components/Loading";
import { labelOf, RISK_COLOURS } from "../../intake/labels";
import { useFormatDate } from "../../lib/useFormatDate";
import type { CaseDetailT } from "../contracts";
import { MonitoringTable } from "./MonitoringTable";
import { PoliceDeadlineCard } from "./PoliceDeadlineCard";
import { useMonitoring } from "./queries";
import { useServicesAccess } from "./useServicesAccess";

export function MonitoringTab({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const access = useServicesAccess(detail);
  const monitoring = useMonitoring(detail.id);
  if (monitoring.isPending) return <Loading />;
  if (monitoring.error) return <ErrorNotice error={monitoring.error} />;
  const m = monitoring.data;
  const assessment = m.latestAssessment;
  return (
    <Stack gap="md" data-testid="monitoring-tab">
      {m.policeReport && (
        <PoliceDeadlineCard
          report={m.policeReport}
          caseId={detail.id}
          unitId={detail.unitId}
          canResolve={access.plan && !access.closed}
        />
      )}
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t("services.assessment.riskLevel")}>
            {m.riskLevel ? (
              <Badge variant="light" color={RISK_COLOURS[m.riskLevel]}>
                {labelOf(t, "risk", m.riskLevel)}
              </Badge>
            ) : (
              "—"
            )}
          </Fact>
          <Fact label={t("cases.fields.nextReview")}>
            <Group gap={6} data-testid="monitoring-next-review">
              {m.nextReviewAt ? formatDate(m.nextReviewAt, detail.unitId) : "—"}
              {m.reviewDue && (
                <Badge size="xs" color="red">
                  {t("services.monitoring.reviewDue")}
                </Badge>
              )}
            </Group>
          </Fact>
          <Fact label={t("services.monitoring.assessment")}>
            {assessment
              ? assessment.status === "final" && assessment.finalisedAt
                ? t("services.monitoring.assessmentFinal", { at: formatDate(assessment.finalisedAt, detail.unitId) })
                : t("services.assessment.status.draft")
              : t("services.monitoring.noAssessment")}
          </Fact>
          <Fact label={t("services.monitoring.plan")}>
            {m.plan
              ? m.plan.agreedAt
                ? t("services.monitoring.planAgreed", { at: formatDate(m.plan.agreedAt, detail.unitId) })
                : t("services.plan.notAgreed")
              : t("services.monitoring.noPlan")}
          </Fact>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="monitoring-title">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={2} fz="md" id="monitoring-title">
              {t("services.monitoring.interventions")}
            </Title>
            {m.overdueCount > 0 && (
              <Badge color="red" data-testid="monitoring-overdue-count">
                {t("services.monitoring.overdueCount", { count: m.overdueCount })}
              </Badge>
            )}
          </Group>
          <MonitoringTable items={m.interventions} />
        </Stack>
      </Card>
    </Stack>
  );
}
