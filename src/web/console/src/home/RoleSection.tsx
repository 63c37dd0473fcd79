// One "what waits for you" section per role held: where the role applies, what the work is, and its widgets.
import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeT, Role } from "../contracts";
import { widgetsForRole } from "./registry";

export function RoleSection({ me, role }: { me: MeT; role: Role }) {
  const { t } = useTranslation();
  const grants = me.roles.filter((grant) => grant.role === role);
  const widgets = widgetsForRole(role);
  return (
    <Card padding="lg" component="section" aria-labelledby={`role-${role}`} data-testid={`home-role-${role}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="lg" id={`role-${role}`}>
            {t(`roles.${role}`)}
          </Title>
          <Group gap={6}>
            {grants.map((grant) => (
              <Badge key={grant.unitId ?? "all"} variant="light" color="teduh" tt="none">
                {grant.unitId ? (grant.unitName ?? t("units.unknown")) : t("units.wholeInstallation")}
              </Badge>
            ))}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`roleWork.${role}`)}
        </Text>
        {widgets.map(({ id, Component }) => (
          <Component key={id} me={me} role={role} unitIds={grants.map((grant) => grant.unitId)} />
        ))}
      </Stack>
    </Card>
  );
}
