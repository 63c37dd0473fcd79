// Listens to /api/v1/cases/stream: refreshes case data live (lists, board, a case's services tabs, a provider's worklist) and
// tells a case manager of a new assignment and a provider of a new intervention at once.
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MeT } from "../contracts";
import { can, PERMISSIONS } from "../lib/access";
import { useEventStream } from "../lib/useEventStream";
import { useOpenNotice } from "../lib/useOpenNotice";
import { caseKeys } from "./api";

/** Every case event the server sends; services steps arrive as case.changed with a `step`. */
const TYPES = [
  "case.changed",
  "case.assigned",
  "case.note_added",
  "case.intervention_assigned",
  "case.intervention_changed",
] as const;

export function useCaseLive(me: MeT | null | undefined) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const openAndClose = useOpenNotice();
  const enabled = Boolean(me && !me.mfaEnrolmentRequired && can(me, PERMISSIONS.caseRead));
  useEventStream(
    "/api/v1/cases/stream",
    TYPES,
    enabled,
    (event) => {
      // Every key under "cases" (api.ts, services/keys.ts): lists, the board, a case and its services tabs, the provider's
      // worklist and home widget.
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
          onClick: () => openAndClose(`assigned-${event.id}`, `/cases/${event.id}`),
        });
      }
      if (event.type === "case.intervention_assigned" && event.data.providerId === me?.id) {
        notifications.show({
          id: `intervention-${event.id}`,
          color: "teal",
          title: t("cases.live.interventionTitle"),
          message: t("cases.live.interventionMessage"),
          autoClose: false,
          onClick: () => openAndClose(`intervention-${event.id}`, "/interventions"),
        });
      }
    },
    () => {
      // Back after a break: whatever was sent meanwhile is read afresh.
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["intake", "queue"] });
    },
  );
}
