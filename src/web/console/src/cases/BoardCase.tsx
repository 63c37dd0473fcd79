// One case on the board: its name (register number or complaint code), high-risk and danger marks, case manager (or submission day) and overdue flags.
import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { labelOf } from "../intake/labels";
import { useFormatDate } from "../lib/useFormatDate";
import { CaseFlags } from "./CaseFlags";
import { CaseLink } from "./CaseLink";
import type { CaseSummaryT } from "./contracts";
import { caseName } from "./labels";

export function BoardCase({ c, now }: { c: CaseSummaryT; now: number }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card withBorder padding="xs" data-testid="board-case" data-case-id={c.id}>
      <Stack gap={4}>
        <CaseLink id={c.id} size="sm" fw={600} ff="monospace">
          {caseName(t, c)}
        </CaseLink>
        {(c.riskLevel === "high" || c.inDanger) && (
          <Group gap={4}>
            {c.riskLevel === "high" && (
              <Badge size="xs" color="red" variant="filled">
                {labelOf(t, "risk", "high")}
              </Badge>
            )}
            {c.inDanger && (
              <Badge size="xs" color="red">
                {t("intake.queue.inDanger")}
              </Badge>
            )}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {c.caseManager?.displayName ?? formatDate(c.submittedAt, c.unitId)}
        </Text>
        <CaseFlags c={c} now={now} />
      </Stack>
    </Card>
  );
}
