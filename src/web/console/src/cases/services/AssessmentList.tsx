// A case's assessments, newest first: first assessment or re-assessment, draft or final, when; one is open at a time.
import { Badge, Group, NavLink, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { labelOf, RISK_COLOURS } from "../../intake/labels";
import { useFormatDate } from "../../lib/useFormatDate";
import type { AssessmentT } from "./contracts";

type Props = { items: AssessmentT[]; selectedId: string | null; unitId: string; onSelect: (id: string) => void };

export function AssessmentList({ items, selectedId, unitId, onSelect }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Stack gap={4} data-testid="assessment-list">
      {items.map((a) => (
        <NavLink
          key={a.id}
          active={a.id === selectedId}
          onClick={() => onSelect(a.id)}
          data-testid="assessment-item"
          data-status={a.status}
          label={
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t(a.previousId ? "services.assessment.reassessment" : "services.assessment.first")}
              </Text>
              <Badge size="xs" variant="light" color={a.status === "final" ? "teal" : "yellow"}>
                {t(`services.assessment.status.${a.status}`)}
              </Badge>
              {a.riskLevel && (
                <Badge size="xs" variant="light" color={RISK_COLOURS[a.riskLevel]}>
                  {labelOf(t, "risk", a.riskLevel)}
                </Badge>
              )}
            </Group>
          }
          description={formatDate(a.finalisedAt ?? a.updatedAt, unitId)}
        />
      ))}
    </Stack>
  );
}
