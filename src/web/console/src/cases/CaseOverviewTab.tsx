// The case page's overview tab: the complaint's facts, identity on demand, notes, the case file, the moves and the timeline.
import { Card, Grid, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/queries";
import { Fact } from "../components/Fact";
import { EvidencePanel } from "../intake/EvidencePanel";
import { IdentityPanel } from "../intake/IdentityPanel";
import { labelOf } from "../intake/labels";
import { can, PERMISSIONS } from "../lib/access";
import { useFormatDate } from "../lib/useFormatDate";
import { CaseActions } from "./CaseActions";
import { CaseNotes } from "./CaseNotes";
import { CaseTimeline } from "./CaseTimeline";
import { CaseFileCard } from "./consent/CaseFileCard";
import type { CaseDetailT } from "./contracts";
import { reasonLabel } from "./labels";

export function CaseOverviewTab({ detail: c }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const formatDate = useFormatDate();
  return (
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
              <Fact label={t("cases.fields.nextReview")}>{c.nextReviewAt ? formatDate(c.nextReviewAt, c.unitId) : "—"}</Fact>
              {c.terminationReason && (
                <Fact label={t("cases.fields.terminationReason")}>{reasonLabel(t, c.terminationReason)}</Fact>
              )}
              {c.closeReason && <Fact label={t("cases.fields.closeReason")}>{reasonLabel(t, c.closeReason)}</Fact>}
              {c.closedAt && <Fact label={t("cases.fields.closedAt")}>{formatDate(c.closedAt, c.unitId)}</Fact>}
            </SimpleGrid>
          </Card>
          {can(me, PERMISSIONS.caseIdentityRead) && <IdentityPanel reportId={c.reportId} path={`/cases/${c.id}/identity`} />}
          {can(me, PERMISSIONS.caseIdentityRead) && <EvidencePanel path={`/cases/${c.id}/evidence`} />}
          {can(me, PERMISSIONS.caseNoteRead) && (
            <CaseNotes caseId={c.id} unitId={c.unitId} canWrite={can(me, PERMISSIONS.caseNoteWrite) && c.status !== "closed"} />
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          {can(me, PERMISSIONS.caseFilePrint) && (c.caseManager?.id === me?.id || can(me, PERMISSIONS.caseOversee)) && (
            <CaseFileCard caseId={c.id} />
          )}
          <CaseActions detail={c} />
          <CaseTimeline detail={c} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
