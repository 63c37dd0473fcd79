// Listens to /api/v1/events (Server-Sent Events) and refreshes intake data (links and visits too); alerts supervisors of complaints in danger or needing emergency help (notice, tab title).
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MeT } from "../contracts";
import { can } from "../lib/access";
import { useEventStream } from "../lib/useEventStream";
import { useOpenNotice } from "../lib/useOpenNotice";
import { reportKeys } from "../reports/queries";
import { intakeKeys } from "./api";
import { showUrgentNotice } from "./urgentNotice";

const TYPES = ["report.received", "report.updated", "report.decided", "report.message", "outreach.changed"] as const;

export function useLiveEvents(me: MeT | null | undefined) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const openAndClose = useOpenNotice();
  const enabled = Boolean(me && !me.mfaEnrolmentRequired && can(me, "report.read"));
  const supervises = new Set((me?.roles ?? []).filter((g) => g.role === "supervisor").map((g) => g.unitId));
  useEventStream(
    "/api/v1/events",
    TYPES,
    enabled,
    (event) => {
      void queryClient.invalidateQueries({ queryKey: ["intake", "queue"] });
      if (event.id) {
        void queryClient.invalidateQueries({ queryKey: intakeKeys.report(event.id) });
        // Its verification links (the victim used one) and outreach visits (a colleague planned or recorded one).
        void queryClient.invalidateQueries({ queryKey: reportKeys.report(event.id) });
      }
      // A visit planned, moved, cancelled (outreach.changed) or its outcome recorded: the team's own list of visits too.
      if (event.type === "outreach.changed" || "outreach" in event.data || "emergency" in event.data)
        void queryClient.invalidateQueries({ queryKey: reportKeys.myVisits });
      // Someone in danger now (a new report), or an outreach visit that found the victim needs emergency help.
      const kind =
        event.type === "report.received" && event.data.inDanger === true
          ? "danger"
          : event.type === "report.updated" && event.data.emergency === true
            ? "emergency"
            : null;
      if (kind && event.id && (supervises.has(event.unitId) || supervises.has(null))) {
        showUrgentNotice(t, kind, event.id, null, openAndClose);
      }
    },
    () => {
      // Back after a break: whatever was sent meanwhile is read afresh.
      void queryClient.invalidateQueries({ queryKey: ["intake"] });
      void queryClient.invalidateQueries({ queryKey: ["reports"] });
      void queryClient.invalidateQueries({ queryKey: reportKeys.myVisits });
    },
  );
}
