// The case page's tabs: overview, then each work area the user may open; ?tab= picks one, an unknown or hidden one falls back to the overview.
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useMe } from "../api/queries";
import { CaseOverviewTab } from "./CaseOverviewTab";
import { ConsentTab } from "./consent/ConsentTab";
import { TerminationTab } from "./consent/TerminationTab";
import { showsConsentTab, showsTerminationTab } from "./consent/visibility";
import type { CaseDetailT } from "./contracts";
import { SERVICES_TABS, ServicesTabList, ServicesTabPanels, useShowsServices } from "./services/ServicesTabs";

export function CaseTabs({ detail: c }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [search, setSearch] = useSearchParams();
  const services = useShowsServices(c);
  const shown = [
    "overview",
    ...(showsConsentTab(me, c) ? ["consent"] : []),
    ...(showsTerminationTab(me, c) ? ["termination"] : []),
    ...(services ? SERVICES_TABS : []),
  ];
  const asked = search.get("tab") ?? "overview";
  const tab = shown.includes(asked) ? asked : "overview";
  return (
    <Tabs
      value={tab}
      onChange={(value) => setSearch(value && value !== "overview" ? { tab: value } : {}, { replace: true })}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="overview">{t("cases.tabs.overview")}</Tabs.Tab>
        {showsConsentTab(me, c) && (
          <Tabs.Tab value="consent" data-testid="consent-tab-button">
            {t("consent.tab")}
          </Tabs.Tab>
        )}
        {showsTerminationTab(me, c) && (
          <Tabs.Tab value="termination" data-testid="termination-tab-button">
            {t("consent.termination.tab")}
          </Tabs.Tab>
        )}
        <ServicesTabList detail={c} />
      </Tabs.List>
      <Tabs.Panel value="overview">
        <CaseOverviewTab detail={c} />
      </Tabs.Panel>
      {showsConsentTab(me, c) && (
        <Tabs.Panel value="consent">
          <ConsentTab detail={c} />
        </Tabs.Panel>
      )}
      {showsTerminationTab(me, c) && (
        <Tabs.Panel value="termination">
          <TerminationTab detail={c} />
        </Tabs.Panel>
      )}
      <ServicesTabPanels detail={c} />
    </Tabs>
  );
}
