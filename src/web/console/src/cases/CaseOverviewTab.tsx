// The case page's overview tab: the complaint's facts, identity on demand, notes, the case file, the moves and the timeline.
import { Card, Grid, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/queries";
import { Fact } from "../components/Fact";
import { EvidencePanel } from "../intake/EvidencePanel";
import { IdentityPanel } from "../intake/IdentityPanel";
import { labelOf } from "../intake/labels";
import { useFormatDate } from "../lib/useFormatDate";
import { CaseActions } from "./CaseActions";
import { CaseNotes } from "./CaseNotes";
import { CaseTimeline } from "./CaseTimeline";
import { overviewAccess } from "./caseAccess";
import { CaseFileCard } from "./consent/CaseFileCard";
import type { CaseDetailT } from "./contracts";
import { reasonLabel } from "./labels";

export function CaseOverviewTab({ detail: c }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const formatDate = useFormatDate();
  // Rights in the case's unit only: a grant in another of the person's units would meet a 404 here.
  const access = overviewAccess(me, c);
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
          {access.identity && <IdentityPanel reportId={c.reportId} path={`/cases/${c.id}/identity`} />}
          {access.identity && <EvidencePanel path={`/cases/${c.id}/evidence`} />}
          {access.readNotes && <CaseNotes caseId={c.id} unitId={c.unitId} canWrite={access.writeNotes} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          {access.print && <CaseFileCard caseId={c.id} />}
          <CaseActions detail={c} />
          <CaseTimeline detail={c} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
