// The consent state of each purpose now (granted, refused, withdrawn, not asked), with "withdraw" on a granted one.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../lib/useFormatDate";
import type { ConsentOverviewT } from "./contracts";
import { CONSENT_STATE_COLOURS, partnerNames } from "./labels";

type Props = { overview: ConsentOverviewT; unitId: string; canWithdraw: boolean; onWithdraw: (purpose: string) => void };

export function ConsentCurrent({ overview, unitId, canWithdraw, onWithdraw }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="consent-current-title">
      <Title order={2} fz="md" id="consent-current-title" mb="sm">
        {t("consent.current.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {overview.current.map((c) => (
          <Stack key={c.purpose} gap={4} data-testid={`consent-purpose-${c.purpose}`} data-state={c.state}>
            <Text size="sm" fw={500}>
              {t(`consent.purposes.${c.purpose}`)}
            </Text>
            <Group gap="xs">
              <Badge color={CONSENT_STATE_COLOURS[c.state]} variant="light" data-testid="consent-state">
                {t(`consent.states.${c.state}`)}
              </Badge>
            </Group>
            {c.at && (
              <Text size="xs" c="dimmed">
                {t("consent.current.since", { date: formatDate(c.at, unitId) })}
              </Text>
            )}
            {c.purpose === "partner_sharing" && c.partnerIds.length > 0 && (
              <Text size="xs">{t("consent.current.partners", { names: partnerNames(t, c.partnerIds, overview.partners) })}</Text>
            )}
            {canWithdraw && c.state === "granted" && (
              <Button
                size="xs"
                variant="light"
                color="red"
                w="fit-content"
                onClick={() => onWithdraw(c.purpose)}
                data-testid={`consent-withdraw-${c.purpose}`}
              >
                {t("consent.actions.withdraw")}
              </Button>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
