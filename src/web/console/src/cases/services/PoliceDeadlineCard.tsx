// The sexual-violence police-report deadline (3x24 h after the victim's report): time left until met or waived, and the actions.
import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../lib/useFormatDate";
import type { PoliceReportT } from "./contracts";
import { POLICE_STATE_COLOURS } from "./labels";
import { PoliceResolveModal } from "./PoliceResolveModal";
import { durationText, timeLeft } from "./policeTime";
import { useNow } from "./useNow";

type Props = { report: PoliceReportT; caseId: string; unitId: string; canResolve: boolean };

export function PoliceDeadlineCard({ report, caseId, unitId, canResolve }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const now = useNow();
  const [open, setOpen] = useState<"meet" | "waive" | null>(null);
  const unresolved = report.state === "pending" || report.state === "overdue";
  const left = timeLeft(report.dueAt, now);
  return (
    <Alert
      color={POLICE_STATE_COLOURS[report.state]}
      variant="light"
      title={t("services.police.title")}
      data-testid="monitoring-police"
      data-state={report.state}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={POLICE_STATE_COLOURS[report.state]} data-testid="monitoring-police-state">
            {t(`services.police.state.${report.state}`)}
          </Badge>
          <Text size="sm">{t("services.police.due", { at: formatDate(report.dueAt, unitId) })}</Text>
        </Group>
        {unresolved && (
          <Text size="sm" fw={600} data-testid="monitoring-police-left">
            {t(left.overdue ? "services.police.overdueBy" : "services.police.left", { time: durationText(t, left) })}
          </Text>
        )}
        {report.metAt && (
          <Text size="sm">
            {t("services.police.metAt", { at: formatDate(report.metAt, unitId) })}
            {report.reference && ` · ${t("services.police.reference")}: ${report.reference}`}
          </Text>
        )}
        {report.waivedAt && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {t("services.police.waivedAt", { at: formatDate(report.waivedAt, unitId), reason: report.waiveReason ?? "—" })}
          </Text>
        )}
        {unresolved && canResolve && (
          <Group gap="xs">
            <Button size="xs" onClick={() => setOpen("meet")} data-testid="monitoring-police-meet">
              {t("services.police.meet")}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="orange"
              onClick={() => setOpen("waive")}
              data-testid="monitoring-police-waive"
            >
              {t("services.police.waive")}
            </Button>
          </Group>
        )}
      </Stack>
      {open && <PoliceResolveModal caseId={caseId} unitId={unitId} kind={open} onClose={() => setOpen(null)} />}
    </Alert>
  );
}
