// Listens to /api/v1/cases/stream: refreshes case data live and tells a case manager of a new assignment at once.
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { MeT } from "../contracts";
import { can, PERMISSIONS } from "../lib/access";
import { useEventStream } from "../lib/useEventStream";
import { caseKeys } from "./api";

const TYPES = ["case.changed", "case.assigned"] as const;

export function useCaseLive(me: MeT | null | undefined) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const enabled = Boolean(me && !me.mfaEnrolmentRequired && can(me, PERMISSIONS.caseRead));
  useEventStream("/api/v1/cases/stream", TYPES, enabled, (event) => {
    void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    // A complaint sent for approval leaves the intake queue too.
    void queryClient.invalidateQueries({ queryKey: ["intake", "queue"] });
    if (event.type === "case.assigned" && event.id && event.data.caseManagerId === me?.id) {
      notifications.show({
        id: `assigned-${event.id}`,
        color: "teal",
        title: t("cases.live.assignedTitle"),
        message: t("cases.live.assignedMessage"),
        autoClose: false,
        onClick: () => navigate(`/cases/${event.id}`),
      });
    }
  });
}
