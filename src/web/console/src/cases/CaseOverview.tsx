// Home widget of supervisors, heads and case managers: complaints awaiting approval, cases in hand, termination requests;
// for a case manager also the list of their cases that wait for them.
import { SimpleGrid, Skeleton, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RoleWidgetProps } from "../home/registry";
import { StatCard } from "../home/StatCard";
import { can, PERMISSIONS } from "../lib/access";
import { useApprovalQueue, useCases } from "./api";
import { WaitingCases } from "./WaitingCases";

function value(q: { data?: number; isError: boolean }) {
  return q.data ?? (q.isError ? "—" : <Skeleton h={28} w={40} />);
}

export function CaseOverview({ me, role }: RoleWidgetProps) {
  const { t } = useTranslation();
  const oversees = role !== "case_manager" && can(me, PERMISSIONS.caseOversee);
  const approvals = useApprovalQueue(oversees);
  const open = useCases({ status: "open", pageSize: 1 }, can(me, PERMISSIONS.caseRead));
  const termination = useCases({ status: "termination_requested", pageSize: 1 }, oversees);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {oversees && (
          <StatCard
            label={t("cases.home.awaitingApproval")}
            value={value({ data: approvals.data?.length, isError: approvals.isError })}
            color={(approvals.data?.length ?? 0) > 0 ? "grape.8" : undefined}
            to="/cases/approvals"
            linkLabel={t("cases.home.openApprovals")}
          />
        )}
        <StatCard
          label={t(role === "case_manager" ? "cases.home.myOpen" : "cases.home.open")}
          value={value({ data: open.data?.total, isError: open.isError })}
          to="/cases?status=open"
          linkLabel={t("cases.home.openCases")}
        />
        {oversees && (
          <StatCard
            label={t("cases.home.terminationRequested")}
            value={value({ data: termination.data?.total, isError: termination.isError })}
            to="/cases?status=termination_requested"
            linkLabel={t("cases.home.openCases")}
          />
        )}
      </SimpleGrid>
      {role === "case_manager" && <WaitingCases />}
    </Stack>
  );
}
