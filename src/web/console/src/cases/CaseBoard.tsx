// The head's and supervisors' board: the unit's cases by stage with counts, high-risk marks and overdue flags (live via useCaseLive).
import { SimpleGrid } from "@mantine/core";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { useBoard } from "./api";
import { BoardColumn } from "./BoardColumn";
import type { CaseStatus } from "./contracts";
import { useNow } from "./services/useNow";

export function CaseBoard({ onShowAll }: { onShowAll: (status: CaseStatus) => void }) {
  const board = useBoard();
  const now = useNow();
  if (!board.data) return board.error ? <ErrorNotice error={board.error} /> : <Loading />;
  const items = board.data.items;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} data-testid="case-board">
      {board.data.columns.map((column) => (
        <BoardColumn
          key={column.status}
          column={column}
          items={items.filter((c) => c.status === column.status)}
          now={now}
          onShowAll={onShowAll}
        />
      ))}
    </SimpleGrid>
  );
}
