// One case: status and register number, then tabs (overview with facts, moves, timeline, notes and identity; each work area adds its own tab, chosen by ?tab=).
import { Anchor, Badge, Card, Grid, Group, SimpleGrid, Stack, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useMe } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Fact } from "../components/Fact";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { IdentityPanel } from "../intake/IdentityPanel";
import { labelOf, RISK_COLOURS } from "../intake/labels";
import { can, PERMISSIONS } from "../lib/access";
import { useFormatDate } from "../lib/useFormatDate";
import { useCase } from "./api";
import { CaseActions } from "./CaseActions";
import { CaseNotes } from "./CaseNotes";
import { CaseTimeline } from "./CaseTimeline";
import { CaseFileCard } from "./consent/CaseFileCard";
import { ConsentTab } from "./consent/ConsentTab";
import { TerminationTab } from "./consent/TerminationTab";
import { showsConsentTab, showsTerminationTab } from "./consent/visibility";
import { CASE_STATUS_COLOURS, reasonLabel } from "./labels";
import { ServicesTabList, ServicesTabPanels } from "./services/ServicesTabs";

export function CasePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const query = useCase(id);
  const formatDate = useFormatDate();
  const [search, setSearch] = useSearchParams();
  const tab = search.get("tab") ?? "overview";
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  const c = query.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={c.registerNumber ? t("cases.page.title", { number: c.registerNumber }) : t("cases.page.awaitingTitle")}
        actions={
          <Anchor component={Link} to="/cases" size="sm">
            {t("cases.page.back")}
          </Anchor>
        }
      />
      <Group gap="xs">
        <Badge color={CASE_STATUS_COLOURS[c.status]} data-testid="case-status">
          {t(`cases.status.${c.status}`)}
        </Badge>
        {c.inDanger && <Badge color="red">{t("intake.queue.inDanger")}</Badge>}
        {c.riskLevel && (
          <Badge variant="light" color={RISK_COLOURS[c.riskLevel]}>
            {t("intake.report.riskBadge", { level: labelOf(t, "risk", c.riskLevel) })}
          </Badge>
        )}
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setSearch(value && value !== "overview" ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t("cases.tabs.overview")}</Tabs.Tab>
          {showsConsentTab(me, c) && (
            <Tabs.Tab value="consent" data-testid="consent-tab-button">
              {t("consent.tab")}
            </Tabs.Tab>
          )}
          {showsTerminationTab(me, c) && (
            <Tabs.Tab value="termination" data-testid="termination-tab-button">
              {t("consent.termination.tab")}
            </Tabs.Tab>
          )}
          <ServicesTabList detail={c} />
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                <Card withBorder padding="md" component="section" aria-label={t("intake.report.facts")}>
                  <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
                    <Fact label={t("cases.fields.caseManager")}>{c.caseManager?.displayName ?? "—"}</Fact>
                    <Fact label={t("cases.fields.submittedBy")}>
                      {c.submittedBy.displayName} · {formatDate(c.submittedAt, c.unitId)}
                    </Fact>
                    <Fact label={t("cases.fields.approvedAt")}>{c.approvedAt ? formatDate(c.approvedAt, c.unitId) : "—"}</Fact>
                    <Fact label={t("intake.fields.category")}>{labelOf(t, "category", c.category)}</Fact>
                    <Fact label={t("intake.fields.violenceTypes")}>
                      {c.violenceTypes.map((v) => labelOf(t, "violence", v)).join(", ")}
                    </Fact>
                    <Fact label={t("intake.fields.incidentPlace")}>{labelOf(t, "place", c.incidentPlace)}</Fact>
                    <Fact label={t("intake.fields.victimAge")}>{c.victimAge ?? "—"}</Fact>
                    <Fact label={t("intake.fields.victimSex")}>{labelOf(t, "sex", c.victimSex)}</Fact>
                    <Fact label={t("intake.fields.relationship")}>{labelOf(t, "relationship", c.perpetratorRelationship)}</Fact>
                    <Fact label={t("cases.fields.nextReview")}>
                      {c.nextReviewAt ? formatDate(c.nextReviewAt, c.unitId) : "—"}
                    </Fact>
                    {c.terminationReason && (
                      <Fact label={t("cases.fields.terminationReason")}>{reasonLabel(t, c.terminationReason)}</Fact>
                    )}
                    {c.closeReason && <Fact label={t("cases.fields.closeReason")}>{reasonLabel(t, c.closeReason)}</Fact>}
                    {c.closedAt && <Fact label={t("cases.fields.closedAt")}>{formatDate(c.closedAt, c.unitId)}</Fact>}
                  </SimpleGrid>
                </Card>
                {can(me, PERMISSIONS.caseIdentityRead) && (
                  <IdentityPanel reportId={c.reportId} path={`/cases/${c.id}/identity`} />
                )}
                {can(me, PERMISSIONS.caseNoteRead) && (
                  <CaseNotes
                    caseId={c.id}
                    unitId={c.unitId}
                    canWrite={can(me, PERMISSIONS.caseNoteWrite) && c.status !== "closed"}
                  />
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="md">
                {can(me, PERMISSIONS.caseFilePrint) && <CaseFileCard caseId={c.id} />}
                <CaseActions detail={c} />
                <CaseTimeline detail={c} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        {showsConsentTab(me, c) && (
          <Tabs.Panel value="consent">
            <ConsentTab detail={c} />
          </Tabs.Panel>
        )}
        {showsTerminationTab(me, c) && (
          <Tabs.Panel value="termination">
            <TerminationTab detail={c} />
          </Tabs.Panel>
        )}
        <ServicesTabPanels detail={c} />
      </Tabs>
    </Stack>
  );
}
