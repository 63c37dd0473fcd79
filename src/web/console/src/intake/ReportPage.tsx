// A complaint in the intake console: facts, identity on request, contact log, messages, decisions, verification, outreach.
import { Anchor, Badge, Card, Grid, Group, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../api/queries";
import { useFormatDay } from "../cases/services/useFormatDay";
import { ErrorNotice } from "../components/ErrorNotice";
import { Fact } from "../components/Fact";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { evidenceOpen } from "../contracts";
import { useFormatDate } from "../lib/useFormatDate";
import { OutreachPanel } from "../reports/OutreachPanel";
import { VerificationPanel } from "../reports/VerificationPanel";
import { useReport } from "./api";
import { CaseDecisionPanel, DECISION_COLOURS } from "./CaseDecisionPanel";
import { ContactPanel } from "./ContactPanel";
import { DecisionPanel } from "./DecisionPanel";
import { EvidencePanel } from "./EvidencePanel";
import { IdentityPanel } from "./IdentityPanel";
import { labelOf, RISK_COLOURS, STATUS_COLOURS } from "./labels";
import { MessagesPanel } from "./MessagesPanel";
import { RegionText } from "./RegionText";
import { reportAccess } from "./reportAccess";

/** New verification links are made while the complaint is received or in intake; visits until it is closed as such. */
const LINK_STATUSES: string[] = ["received", "in_intake"];
const CLOSED_STATUSES: string[] = ["duplicate", "not_a_case"];

export function ReportPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const report = useReport(id);
  const formatDate = useFormatDate();
  const formatDay = useFormatDay();
  if (report.isPending) return <Loading />;
  if (report.error) return <ErrorNotice error={report.error} />;
  const r = report.data;
  // Rights in the complaint's unit only: a grant in another of the person's units would meet a 403 or 404 here.
  const access = reportAccess(me, r);
  const canHandle = access.handle;
  // Once the supervisor has decided, the complaint's badge tells the decision rather than "awaiting approval".
  const decided = r.caseDecision && r.caseDecision.outcome !== "pending" ? r.caseDecision.outcome : null;

  return (
    <Stack gap="md">
      <PageHeader
        title={t("intake.report.title", { code: r.trackingCode })}
        actions={
          <Anchor component={Link} to="/intake" size="sm">
            {t("intake.report.backToQueue")}
          </Anchor>
        }
      />
      <Group gap="xs">
        <Badge color={decided ? DECISION_COLOURS[decided] : STATUS_COLOURS[r.status]} data-testid="report-status">
          {decided ? t(`intake.caseDecision.outcome.${decided}`) : labelOf(t, "status", r.status)}
        </Badge>
        {r.inDanger && <Badge color="red">{t("intake.queue.inDanger")}</Badge>}
        {r.riskLevel && (
          <Badge variant="light" color={RISK_COLOURS[r.riskLevel]}>
            {t("intake.report.riskBadge", { level: labelOf(t, "risk", r.riskLevel) })}
          </Badge>
        )}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Card withBorder padding="md" component="section" aria-label={t("intake.report.facts")}>
              <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
                <Fact label={t("intake.fields.received")}>{formatDate(r.createdAt, r.unitId)}</Fact>
                <Fact label={t("intake.fields.category")}>{labelOf(t, "category", r.category)}</Fact>
                <Fact label={t("intake.fields.channel")}>{labelOf(t, "channel", r.channel)}</Fact>
                <Fact label={t("intake.fields.violenceTypes")}>
                  {r.violenceTypes.map((v) => labelOf(t, "violence", v)).join(", ")}
                </Fact>
                <Fact label={t("intake.fields.incidentPlace")}>{labelOf(t, "place", r.incidentPlace)}</Fact>
                <Fact label={t("intake.fields.incidentDate")}>{formatDay(r.incidentDate)}</Fact>
                <Fact label={t("intake.fields.victimAge")}>{r.victimAge ?? "—"}</Fact>
                <Fact label={t("intake.fields.victimSex")}>{labelOf(t, "sex", r.victimSex)}</Fact>
                {/* Whether the victim has a disability is a fact; which one (e.g. deaf) is shown with the identity. */}
                <Fact label={t("intake.fields.disability")}>
                  {r.victimDisability === null ? "—" : t(r.victimDisability ? "common.yes" : "common.no")}
                </Fact>
                <Fact label={t("intake.fields.relationship")}>{labelOf(t, "relationship", r.perpetratorRelationship)}</Fact>
                <Fact label={t("intake.fields.reporterRelation")}>{labelOf(t, "reporterRelation", r.reporterRelation)}</Fact>
                <Fact label={t("intake.fields.contactMethod")}>{labelOf(t, "contactMethod", r.contactMethod)}</Fact>
                <Fact label={t("intake.fields.region")}>
                  <RegionText province={r.provinceCode} regency={r.regencyCode} district={r.districtCode} />
                </Fact>
                <Fact label={t("intake.report.counts")}>
                  {t("intake.report.countsValue", {
                    messages: r.counts.messages,
                    attempts: r.counts.attempts,
                    evidence: r.counts.evidence,
                  })}
                </Fact>
                {r.duplicateOfId && (
                  <Fact label={t("intake.report.duplicateOf")}>
                    <Anchor component={Link} to={`/intake/reports/${r.duplicateOfId}`} size="sm">
                      {t("intake.report.openOriginal")}
                    </Anchor>
                  </Fact>
                )}
                {r.closeReason && <Fact label={t("intake.decide.reason")}>{labelOf(t, "notACase", r.closeReason)}</Fact>}
              </SimpleGrid>
            </Card>
            {access.identity && <IdentityPanel reportId={r.id} version={r.version} />}
            {access.identity && (
              <EvidencePanel
                path={`/reports/${r.id}/evidence`}
                count={r.counts.evidence}
                addTo={canHandle && evidenceOpen(r.status, r.caseDecision?.outcome) ? r.id : undefined}
              />
            )}
            <MessagesPanel reportId={r.id} unitId={r.unitId} canHandle={canHandle} fromPublic={r.channel === "web"} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {r.caseDecision && <CaseDecisionPanel decision={r.caseDecision} unitId={r.unitId} />}
            {canHandle && <DecisionPanel report={r} />}
            <ContactPanel reportId={r.id} unitId={r.unitId} canHandle={canHandle} />
            {access.verify && (
              <VerificationPanel reportId={r.id} unitId={r.unitId} canCreate={LINK_STATUSES.includes(r.status)} />
            )}
            {access.outreach && (
              <OutreachPanel reportId={r.id} unitId={r.unitId} canSchedule={!CLOSED_STATUSES.includes(r.status)} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
