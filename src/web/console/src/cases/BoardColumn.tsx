// A stage of the board: how many cases, how many at high risk and overdue, and its cases with the overdue ones first.
import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { BoardCase } from "./BoardCase";
import type { CaseStatus, CaseSummaryT } from "./contracts";
import { isOverdue } from "./flags";

/** Cases shown in a column; the list below the board, filtered to the stage, shows them all. */
const SHOWN = 6;

type Props = {
  column: { status: CaseStatus; count: number; highRisk: number };
  /** The column's cases among the board's most urgent ones, in urgency order. */
  items: CaseSummaryT[];
  now: number;
  onShowAll: (status: CaseStatus) => void;
};

export function BoardColumn({ column, items, now, onShowAll }: Props) {
  const { t } = useTranslation();
  const late = items.filter((c) => isOverdue(c, now));
  const ordered = [...late, ...items.filter((c) => !isOverdue(c, now))];
  const partial = column.status !== "closed" && items.length < column.count;
  return (
    <Card padding="sm" data-testid={`board-column-${column.status}`}>
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {t(`cases.status.${column.status}`)}
        </Text>
        <Text fz={24} fw={700} data-testid="board-count">
          {column.count}
        </Text>
        <Group gap={4}>
          {column.highRisk > 0 && (
            <Badge color="red" variant="light" size="sm">
              {t("cases.board.highRisk", { count: column.highRisk })}
            </Badge>
          )}
          {late.length > 0 && (
            <Badge color="red" variant="filled" size="sm" data-testid="board-overdue">
              {t("cases.board.overdue", { count: late.length })}
            </Badge>
          )}
        </Group>
        {partial && late.length > 0 && (
          <Text size="xs" c="dimmed">
            {t("cases.board.countedAmong", { count: items.length })}
          </Text>
        )}
        {ordered.slice(0, SHOWN).map((c) => (
          <BoardCase key={c.id} c={c} now={now} />
        ))}
        {column.count > Math.min(SHOWN, items.length) && (
          <Anchor component="button" type="button" size="sm" onClick={() => onShowAll(column.status)}>
            {t("cases.board.showAll", { count: column.count })}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
