// On opening the console, a supervisor sees again the notices of complaints in danger that nobody has taken into intake
// yet (status received) and that they have not clicked in this tab: a reload does not lose them.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import type { MeT, QueuePageT } from "../contracts";
import { useOpenNotice } from "../lib/useOpenNotice";
import { showUrgentNotice } from "./urgentNotice";

/** More at once would bury the screen; the queue lists them all, in danger first. */
const AT_MOST = 10;

export function useDangerBacklog(me: MeT | null | undefined) {
  const { t } = useTranslation();
  const openAndClose = useOpenNotice();
  const supervises = (me?.roles ?? []).filter((g) => g.role === "supervisor").map((g) => g.unitId);
  const key = me && !me.mfaEnrolmentRequired && supervises.length > 0 ? supervises.map((u) => u ?? "*").join(",") : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per signed-in supervisor (key), not on every render.
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void api<QueuePageT>("GET", `/reports?status=received&danger=true&pageSize=${AT_MOST}`)
      .then((page) => {
        if (cancelled) return;
        for (const item of page.items.slice().reverse()) {
          if (supervises.includes(null) || supervises.includes(item.unitId))
            showUrgentNotice(t, "danger", item.id, item.trackingCode, openAndClose);
        }
      })
      .catch(() => {
        // Offline or signed out meanwhile: the live stream and the queue still show them.
      });
    return () => {
      cancelled = true;
    };
  }, [key]);
}
