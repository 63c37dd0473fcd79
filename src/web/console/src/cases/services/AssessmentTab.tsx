// The case's assessment tab: the list of assessments, the open one (edited while a draft, else read), start or re-assess.
import { Button, Card, Grid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import { FormError } from "../../components/FormError";
import { Loading } from "../../components/Loading";
import type { CaseDetailT } from "../contracts";
import { AssessmentEditor } from "./AssessmentEditor";
import { AssessmentList } from "./AssessmentList";
import { AssessmentView } from "./AssessmentView";
import { useStartAssessment } from "./assessment-mutations";
import { useAssessments } from "./queries";
import { useServicesAccess } from "./useServicesAccess";

export function AssessmentTab({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const access = useServicesAccess(detail);
  const list = useAssessments(detail.id);
  const start = useStartAssessment(detail.id);
  const [selected, setSelected] = useState<string | null>(null);
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorNotice error={list.error} />;
  const items = list.data;
  const draft = items.find((a) => a.status === "draft");
  const current = items.find((a) => a.id === selected) ?? draft ?? items[0];
  const canStart = access.assess && access.running && !draft;
  const reload = async () => (await list.refetch()).data?.find((a) => a.id === current?.id);

  return (
    <Grid gap="md" data-testid="assessment-tab">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder padding="sm">
          <Stack gap="sm">
            {items.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("services.assessment.none")}
              </Text>
            )}
            <AssessmentList items={items} selectedId={current?.id ?? null} unitId={detail.unitId} onSelect={setSelected} />
            {canStart && (
              <Button
                variant={items.length ? "light" : "filled"}
                loading={start.isPending}
                onClick={() => start.mutate(undefined, { onSuccess: (a) => setSelected(a.id) })}
                data-testid="assessment-start"
              >
                {t(
                  items.some((a) => a.status === "final") ? "services.assessment.startReassessment" : "services.assessment.start",
                )}
              </Button>
            )}
            {canStart && items.some((a) => a.status === "final") && (
              <Text size="xs" c="dimmed">
                {t("services.assessment.reassessmentHelp")}
              </Text>
            )}
            <FormError error={start.error} />
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {current &&
          (current.status === "draft" && access.assess && access.running ? (
            <AssessmentEditor key={current.id} assessment={current} caseId={detail.id} unitId={detail.unitId} reload={reload} />
          ) : (
            <AssessmentView key={current.id} assessment={current} unitId={detail.unitId} />
          ))}
      </Grid.Col>
    </Grid>
  );
}
