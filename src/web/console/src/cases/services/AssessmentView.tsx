// One assessment read-only (a final one, or a draft for those who may not write it): facts, sections, revisions.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Fact } from "../../components/Fact";
import { labelOf } from "../../intake/labels";
import { useFormatDate } from "../../lib/useFormatDate";
import type { AssessmentT } from "./contracts";
import { RevisionsModal } from "./RevisionsModal";
import { SectionsView } from "./SectionsView";

export function AssessmentView({ assessment: a, unitId }: { assessment: AssessmentT; unitId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [revisions, setRevisions] = useState(false);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="assessment-view-title" data-testid="assessment-view">
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} fz="md" id="assessment-view-title">
              {t(a.previousId ? "services.assessment.reassessment" : "services.assessment.first")}
            </Title>
            <Badge variant="light" color={a.status === "final" ? "teal" : "yellow"} data-testid="assessment-status">
              {t(`services.assessment.status.${a.status}`)}
            </Badge>
          </Group>
          <Button variant="subtle" size="xs" onClick={() => setRevisions(true)} data-testid="assessment-revisions-open">
            {t("services.assessment.revisions")}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <Fact label={t("services.assessment.riskLevel")}>{labelOf(t, "risk", a.riskLevel)}</Fact>
          <Fact label={t("services.assessment.startedBy")}>
            {a.createdBy.displayName} · {formatDate(a.createdAt, unitId)}
          </Fact>
          <Fact label={t("services.assessment.finalisedBy")}>
            {a.finalisedBy && a.finalisedAt ? `${a.finalisedBy.displayName} · ${formatDate(a.finalisedAt, unitId)}` : "—"}
          </Fact>
        </SimpleGrid>
        <SectionsView sections={a.sections} />
      </Stack>
      <RevisionsModal assessmentId={a.id} unitId={unitId} opened={revisions} onClose={() => setRevisions(false)} />
    </Card>
  );
}
