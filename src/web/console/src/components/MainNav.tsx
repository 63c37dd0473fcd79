// Navigation of the console: only the pages the signed-in person's permissions open.
import { Badge, NavLink, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useApprovalQueue } from "../cases/api";
import { useCaseLive } from "../cases/useCaseLive";
import type { MeT } from "../contracts";
import { useNewCount } from "../intake/api";
import { useDangerBacklog } from "../intake/useDangerBacklog";
import { useLiveEvents } from "../intake/useLiveEvents";
import { can, PERMISSIONS } from "../lib/access";
import { useKeepAlive } from "../lib/useKeepAlive";

type Item = { to: string; label: string; permission?: string; exact?: boolean; badge?: number; badgeLabel?: string };

export function MainNav({ me }: { me: MeT }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const readsReports = !me.mfaEnrolmentRequired && can(me, PERMISSIONS.reportRead);
  useLiveEvents(me);
  useDangerBacklog(me);
  useCaseLive(me);
  useKeepAlive(me);
  const newCount = useNewCount(readsReports).data ?? 0;
  const approvals = useApprovalQueue(!me.mfaEnrolmentRequired && can(me, PERMISSIONS.caseOversee)).data?.length ?? 0;
  if (me.mfaEnrolmentRequired) {
    return (
      <Text size="sm" c="dimmed" p="xs">
        {t("nav.enrolFirst")}
      </Text>
    );
  }
  const items: Item[] = [
    { to: "/", label: t("nav.home"), exact: true },
    { to: "/intake", label: t("intake.nav"), permission: PERMISSIONS.reportRead, badge: newCount, badgeLabel: "intake.newCount" },
    {
      to: "/cases/approvals",
      label: t("cases.nav.approvals"),
      permission: PERMISSIONS.caseOversee,
      badge: approvals,
      badgeLabel: "cases.nav.waiting",
    },
    { to: "/cases", label: t("cases.nav.cases"), permission: PERMISSIONS.caseRead, exact: true },
    { to: "/interventions", label: t("services.nav.myWork"), permission: PERMISSIONS.interventionRecord },
    { to: "/units", label: t("nav.units"), permission: PERMISSIONS.unitRead },
    { to: "/users", label: t("nav.users"), permission: PERMISSIONS.userRead },
    { to: "/settings/security", label: t("nav.security"), permission: PERMISSIONS.settingsManage },
    { to: "/audit", label: t("nav.audit"), permission: PERMISSIONS.auditRead },
    { to: "/profile", label: t("nav.profile") },
  ];
  return (
    <nav aria-label={t("nav.label")}>
      <Stack gap={4}>
        {items
          .filter((item) => !item.permission || can(me, item.permission))
          .map((item) => {
            const active = item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                rightSection={
                  item.badge ? (
                    <Badge
                      size="sm"
                      color="red"
                      circle={item.badge < 10}
                      data-testid={`badge${item.to.replaceAll("/", "-")}`}
                      aria-label={t(item.badgeLabel ?? "intake.newCount", { count: item.badge })}
                    >
                      {item.badge}
                    </Badge>
                  ) : undefined
                }
                active={active}
                aria-current={active ? "page" : undefined}
                variant="light"
                fw={500}
              />
            );
          })}
      </Stack>
    </nav>
  );
}
