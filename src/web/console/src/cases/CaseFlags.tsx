// Badges of what is late or pressing in a case: review overdue, the police report (time left or overdue), interventions past target.
import { Badge, type BadgeProps, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseSummaryT } from "./contracts";
import { policeState } from "./flags";
import { durationText, timeLeft } from "./services/policeTime";

/** Sentence case and wrapping: the flags are read, not scanned, and must never be cut off in a narrow column. */
const READABLE: BadgeProps = { size: "sm", tt: "none", h: "auto", py: 2, styles: { label: { whiteSpace: "normal" } } };

export function CaseFlags({ c, now }: { c: CaseSummaryT; now: number }) {
  const { t } = useTranslation();
  const police = policeState(c, now);
  if (!police && !c.reviewOverdue && c.overdueInterventions === 0) return null;
  return (
    <Group gap={4} data-testid="case-flags">
      {police === "overdue" && (
        <Badge {...READABLE} color="red" variant="filled" data-flag="police-overdue">
          {t("cases.flags.policeOverdue")}
        </Badge>
      )}
      {police === "pending" && c.policeDueAt && (
        <Badge {...READABLE} color="orange" variant="light" data-flag="police-pending">
          {t("cases.flags.policePending", { time: durationText(t, timeLeft(c.policeDueAt, now)) })}
        </Badge>
      )}
      {c.reviewOverdue && (
        <Badge {...READABLE} color="red" variant="light" data-flag="review-overdue">
          {t("cases.flags.reviewOverdue")}
        </Badge>
      )}
      {c.overdueInterventions > 0 && (
        <Badge {...READABLE} color="red" variant="light" data-flag="interventions-overdue">
          {t("cases.flags.interventionsOverdue", { count: c.overdueInterventions })}
        </Badge>
      )}
    </Group>
  );
}
