// The case's plan tab: the service plan (agreement, interventions with status and sessions), edited by its case manager.
import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { useFormatDate } from "../../lib/useFormatDate";
import type { CaseDetailT } from "../contracts";
import { PlanAgreement } from "./PlanAgreement";
import { PlanEditor } from "./PlanEditor";
import { PlanTable } from "./PlanTable";
import { useServicePlan } from "./queries";
import { useServicesAccess } from "./useServicesAccess";

export function PlanTab({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const access = useServicesAccess(detail);
  const plan = useServicePlan(detail.id);
  const [editing, setEditing] = useState(false);
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ErrorNotice error={plan.error} />;
  const p = plan.data;
  const canEdit = access.plan && access.running;
  const reload = async () => (await plan.refetch()).data;
  if (editing && canEdit) return <PlanEditor plan={p} unitId={detail.unitId} reload={reload} onDone={() => setEditing(false)} />;
  return (
    <Stack gap="md" data-testid="plan-tab">
      <PlanAgreement plan={p} unitId={detail.unitId} canRecord={canEdit} />
      <Card withBorder padding="md" component="section" aria-labelledby="plan-title">
        <Stack gap="sm">
          <Group justify="space-between">
            <div>
              <Title order={2} fz="md" id="plan-title">
                {t("services.plan.title")}
              </Title>
              {p.updatedAt && (
                <Text size="xs" c="dimmed">
                  {t("services.plan.updated", { at: formatDate(p.updatedAt, detail.unitId), version: p.version })}
                </Text>
              )}
            </div>
            {canEdit && (
              <Button onClick={() => setEditing(true)} data-testid="plan-edit">
                {t(p.version ? "services.plan.edit" : "services.plan.create")}
              </Button>
            )}
          </Group>
          <PlanTable items={p.interventions} />
        </Stack>
      </Card>
    </Stack>
  );
}
