// Home widget of service providers: their open interventions, overdue first, each linking to its form.
import { Anchor, Badge, Card, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { serviceLabel } from "../cases/services/labels";
import { useMyInterventions } from "../cases/services/queries";
import { useFormatDay } from "../cases/services/useFormatDay";
import type { RoleWidgetProps } from "../home/registry";
import { can, PERMISSIONS } from "../lib/access";
import { openOverdueFirst } from "./openFirst";

const SHOWN = 5;

export function ProviderOverview({ me }: RoleWidgetProps) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const list = useMyInterventions(can(me, PERMISSIONS.interventionRecord));
  const open = openOverdueFirst(list.data ?? []);
  const overdue = open.filter((i) => i.overdue).length;
  return (
    <Card padding="md" data-testid="intervention-home">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("services.home.open", { count: open.length })}
            {overdue > 0 && (
              <Badge ml="xs" size="sm" color="red">
                {t("services.home.overdue", { count: overdue })}
              </Badge>
            )}
          </Text>
          <Anchor component={Link} to="/interventions" size="sm" fw={500}>
            {t("services.home.all")}
          </Anchor>
        </Group>
        {list.isPending && <Skeleton h={28} />}
        {list.error && (
          <Text size="sm" c="red">
            {list.error.message}
          </Text>
        )}
        {open.slice(0, SHOWN).map((i) => (
          <Group key={i.id} gap="xs" data-testid="intervention-home-item">
            <Anchor component={Link} to={`/interventions/${i.id}`} size="sm" fw={600}>
              {serviceLabel(t, i.serviceType)}
            </Anchor>
            <Text size="sm" c="dimmed" ff="monospace">
              {i.registerNumber ?? ""}
            </Text>
            <Text size="sm" c={i.overdue ? "red" : "dimmed"}>
              {t("services.home.target", { date: formatDay(i.targetDate) })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
