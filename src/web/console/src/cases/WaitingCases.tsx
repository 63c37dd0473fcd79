// A case manager's home list of their cases that wait for them: a termination form to have signed, or something late or pressing.
import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCases } from "./api";
import { CaseFlags } from "./CaseFlags";
import { CaseLink } from "./CaseLink";
import type { CaseSummaryT } from "./contracts";
import { policeState } from "./flags";
import { caseName } from "./labels";

/** How many of the case manager's cases in urgency order the home page looks through. */
const LOOKED_AT = 100;
const SHOWN = 8;

function waits(c: CaseSummaryT, now: number): boolean {
  return c.status === "termination_approved" || c.reviewOverdue || c.overdueInterventions > 0 || policeState(c, now) !== null;
}

export function WaitingCases() {
  const { t } = useTranslation();
  const mine = useCases({ mine: "true", pageSize: LOOKED_AT });
  const now = Date.now();
  const waiting = (mine.data?.items ?? []).filter((c) => c.status !== "closed" && waits(c, now));
  if (!mine.data) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="waiting-cases" data-testid="waiting-cases">
      <Title order={3} size="h5" id="waiting-cases" mb="xs">
        {t("cases.home.waitingTitle")}
      </Title>
      {waiting.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("cases.home.waitingNone")}
        </Text>
      ) : (
        <Stack gap="xs">
          {waiting.slice(0, SHOWN).map((c) => (
            <Group key={c.id} gap="xs" wrap="wrap" data-testid="waiting-case">
              <CaseLink id={c.id} size="sm" fw={600}>
                {caseName(t, c)}
              </CaseLink>
              {c.status === "termination_approved" && (
                <Text size="sm" c="teal.8">
                  {t("cases.home.terminationFormWaits")}
                </Text>
              )}
              <CaseFlags c={c} now={now} />
            </Group>
          ))}
          {waiting.length > SHOWN && (
            <Anchor component={Link} to="/cases" size="sm">
              {t("cases.home.waitingMore", { count: waiting.length - SHOWN })}
            </Anchor>
          )}
        </Stack>
      )}
    </Card>
  );
}
