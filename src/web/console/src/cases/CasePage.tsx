// One case: status and register number with its marks, then its tabs (CaseTabs).
import { Anchor, Badge, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { useMe } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { labelOf, RISK_COLOURS } from "../intake/labels";
import { canIn, PERMISSIONS } from "../lib/access";
import { useCase } from "./api";
import type { CaseLinkState } from "./CaseLink";
import { CaseTabs } from "./CaseTabs";
import { CASE_STATUS_COLOURS } from "./labels";

/** Back goes to the page the case was opened from (the approval queue, a filtered list, home), else the case list. */
function backLink(state: unknown): { to: string; label: string } {
  const from = (state as CaseLinkState | null)?.from;
  if (!from?.startsWith("/")) return { to: "/cases", label: "cases.page.back" };
  if (from.startsWith("/cases/approvals")) return { to: from, label: "cases.page.backToApprovals" };
  if (from === "/cases" || from.startsWith("/cases?")) return { to: from, label: "cases.page.back" };
  return { to: from, label: "common.back" };
}

export function CasePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const query = useCase(id);
  const { data: me } = useMe();
  const back = backLink(useLocation().state);
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  const c = query.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={
          c.registerNumber
            ? t("cases.page.title", { number: c.registerNumber })
            : t("cases.page.complaintTitle", { code: c.trackingCode })
        }
        actions={
          <>
            {/* The complaint it came from (contact attempts, messages, verification, outreach), for those who may read it in
                the case's unit: read rights in another unit only would lead to a page that is not found. */}
            {canIn(me, PERMISSIONS.reportRead, c.unitId) && (
              <Anchor component={Link} to={`/intake/reports/${c.reportId}`} size="sm">
                {t("cases.page.openComplaint", { code: c.trackingCode })}
              </Anchor>
            )}
            <Anchor component={Link} to={back.to} size="sm">
              {t(back.label)}
            </Anchor>
          </>
        }
      />
      <Group gap="xs">
        <Badge color={CASE_STATUS_COLOURS[c.status]} data-testid="case-status">
          {t(`cases.status.${c.status}`)}
        </Badge>
        {c.inDanger && <Badge color="red">{t("intake.queue.inDanger")}</Badge>}
        {c.riskLevel && (
          <Badge variant="light" color={RISK_COLOURS[c.riskLevel]}>
            {t("intake.report.riskBadge", { level: labelOf(t, "risk", c.riskLevel) })}
          </Badge>
        )}
      </Group>
      <CaseTabs detail={c} />
    </Stack>
  );
}
