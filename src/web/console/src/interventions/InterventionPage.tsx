// One intervention: what the API lets this user see of it, its status moves, its sessions and the form to record one.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../api/queries";
import { INTERVENTION_STATUS_COLOURS, providerLabel, serviceLabel, statusLabel } from "../cases/services/labels";
import { useIntervention } from "../cases/services/queries";
import { useFormatDay } from "../cases/services/useFormatDay";
import { ErrorNotice } from "../components/ErrorNotice";
import { Fact } from "../components/Fact";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { interventionAccess } from "./interventionAccess";
import { SessionForm } from "./SessionForm";
import { SessionList } from "./SessionList";
import { StatusActions } from "./StatusActions";
import { useCaseFacts } from "./useCaseFacts";

export function InterventionPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { data: me } = useMe();
  const query = useIntervention(id);
  const { facts, pending } = useCaseFacts(id, query.data?.caseId);
  if (query.isPending || pending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  const i = query.data;
  const { holder, records, worker } = interventionAccess(me, i.provider.id, facts);
  const running = facts?.status === "open" || facts?.status === "termination_requested";
  const open = i.status === "planned" || i.status === "in_progress";
  return (
    <Stack gap="md" data-testid="intervention-page">
      <PageHeader
        title={t("services.intervention.title", { service: serviceLabel(t, i.serviceType) })}
        description={facts?.registerNumber ? t("services.intervention.ofCase", { number: facts.registerNumber }) : undefined}
        actions={
          <Anchor component={Link} to={facts?.linkToCase ? `/cases/${i.caseId}?tab=plan` : "/interventions"} size="sm">
            {t(facts?.linkToCase ? "services.intervention.backToCase" : "services.intervention.backToWork")}
          </Anchor>
        }
      />
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={INTERVENTION_STATUS_COLOURS[i.status]} data-testid="intervention-status">
              {statusLabel(t, i.status)}
            </Badge>
            {i.overdue && <Badge color="red">{t("services.overdue")}</Badge>}
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Fact label={t("services.plan.provider")}>{providerLabel(t, i.provider)}</Fact>
            <Fact label={t("services.plan.targetDate")}>{formatDay(i.targetDate)}</Fact>
            <Fact label={t("cases.fields.caseManager")}>{facts?.caseManager?.displayName ?? "—"}</Fact>
            <Fact label={t("services.monitoring.lastSession")}>{formatDay(i.lastSessionOn)}</Fact>
          </SimpleGrid>
          <Fact label={t("services.plan.goal")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="intervention-goal">
              {i.goal ?? "—"}
            </Text>
          </Fact>
          {running && <StatusActions intervention={i} holder={holder} worker={worker} />}
        </Stack>
      </Card>
      <SessionList intervention={i} canAttach={records} />
      {records && open && <SessionForm interventionId={i.id} caseId={i.caseId} />}
    </Stack>
  );
}
