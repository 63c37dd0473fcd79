// Every event of a case, newest first: the move, who made it, when, the reason or comment.
import { Card, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../lib/useFormatDate";
import type { CaseDetailT } from "./contracts";
import { reasonLabel } from "./labels";

export function CaseTimeline({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const entries = [...detail.timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-timeline-title">
      <Title order={2} fz="md" id="case-timeline-title" mb="sm">
        {t("cases.timeline.title")}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} data-testid="case-timeline">
        {entries.map((e) => {
          const reason = typeof e.details.reason === "string" ? e.details.reason : null;
          return (
            <Timeline.Item key={e.id} title={t(`cases.timelineEvents.${e.event}`, { defaultValue: e.event })}>
              <Text size="xs" c="dimmed">
                {formatDate(e.at, detail.unitId)} · {e.actor.displayName} · {t(`cases.status.${e.toStatus}`)}
              </Text>
              {reason && <Text size="sm">{reasonLabel(t, reason)}</Text>}
              {e.comment && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.comment}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}
