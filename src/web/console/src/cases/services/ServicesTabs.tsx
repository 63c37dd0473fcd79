// The case page's services tabs (assessment, plan and interventions, monitoring): their buttons and their panels.
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseDetailT } from "../contracts";
import { AssessmentTab } from "./AssessmentTab";
import { MonitoringTab } from "./MonitoringTab";
import { PlanTab } from "./PlanTab";
import { useServicesAccess } from "./useServicesAccess";

/** The tabs these components add to the case page. */
export const SERVICES_TABS = ["assessment", "plan", "monitoring"];

/** Services begin once the case is approved; readers are the case manager, supervisors and the head. */
export function useShowsServices(detail: CaseDetailT): boolean {
  return useServicesAccess(detail).read && detail.status !== "awaiting_approval";
}

export function ServicesTabList({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  if (!useShowsServices(detail)) return null;
  return (
    <>
      <Tabs.Tab value="assessment" data-testid="assessment-tab-button">
        {t("services.tabs.assessment")}
      </Tabs.Tab>
      <Tabs.Tab value="plan" data-testid="plan-tab-button">
        {t("services.tabs.plan")}
      </Tabs.Tab>
      <Tabs.Tab value="monitoring" data-testid="monitoring-tab-button">
        {t("services.tabs.monitoring")}
      </Tabs.Tab>
    </>
  );
}

export function ServicesTabPanels({ detail }: { detail: CaseDetailT }) {
  if (!useShowsServices(detail)) return null;
  return (
    <>
      <Tabs.Panel value="assessment">
        <AssessmentTab detail={detail} />
      </Tabs.Panel>
      <Tabs.Panel value="plan">
        <PlanTab detail={detail} />
      </Tabs.Panel>
      <Tabs.Panel value="monitoring">
        <MonitoringTab detail={detail} />
      </Tabs.Panel>
    </>
  );
}
