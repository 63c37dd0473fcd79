// Administrator's home widget: counts of units and users, and whether the audit chain is intact.
import { SimpleGrid, Skeleton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAuditVerification, useUnits, useUsers } from "../api/queries";
import { can, PERMISSIONS } from "../lib/access";
import type { RoleWidgetProps } from "./registry";
import { StatCard } from "./StatCard";

const noFilters = {};

export function AdminOverview({ me }: RoleWidgetProps) {
  const { t } = useTranslation();
  const units = useUnits(can(me, PERMISSIONS.unitRead));
  const users = useUsers(noFilters, can(me, PERMISSIONS.userRead));
  const audit = useAuditVerification(can(me, PERMISSIONS.auditRead));
  const count = (q: { data?: unknown[]; isError: boolean }) =>
    q.data ? q.data.length : q.isError ? "—" : <Skeleton h={28} w={40} />;

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
      {can(me, PERMISSIONS.unitRead) && (
        <StatCard label={t("home.admin.units")} value={count(units)} to="/units" linkLabel={t("home.admin.manageUnits")} />
      )}
      {can(me, PERMISSIONS.userRead) && (
        <StatCard label={t("home.admin.users")} value={count(users)} to="/users" linkLabel={t("home.admin.manageUsers")} />
      )}
      {can(me, PERMISSIONS.auditRead) && (
        <StatCard
          label={t("home.admin.auditChain")}
          value={
            audit.data ? (
              audit.data.intact ? (
                t("audit.intactShort")
              ) : (
                t("audit.brokenShort")
              )
            ) : audit.isError ? (
              "—"
            ) : (
              <Skeleton h={28} w={80} />
            )
          }
          color={audit.data ? (audit.data.intact ? "teduh.8" : "red.8") : undefined}
          to="/audit"
          linkLabel={t("home.admin.openAudit")}
        />
      )}
      {can(me, PERMISSIONS.settingsManage) && (
        <StatCard
          label={t("home.admin.security")}
          value={t("home.admin.securityValue")}
          to="/settings/security"
          linkLabel={t("home.admin.openSecurity")}
        />
      )}
    </SimpleGrid>
  );
}
