// The supervisor's urgent notice of a complaint (someone in danger now, or needing emergency help): it stays until
// clicked, across reloads of this tab (the clicked ones are kept in sessionStorage, ids only), and counts in the title.
// Its button opens the complaint from the keyboard too (the notice itself takes a mouse click only).
import { Button, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { urgentClosed, urgentOpened } from "../lib/urgentTitle";

export type UrgentKind = "danger" | "emergency";

const SEEN = "teduh.urgentSeen";

function seen(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(SEEN) ?? "[]") as string[];
  } catch {
    return [];
  }
}

function markSeen(noticeId: string): void {
  // The newest 200 are enough: older complaints left the "new, in danger" list long ago.
  sessionStorage.setItem(SEEN, JSON.stringify([...seen().filter((id) => id !== noticeId), noticeId].slice(-200)));
}

/** Shows the notice unless it was clicked in this tab before; `open` takes the user to the complaint. */
export function showUrgentNotice(
  t: TFunction,
  kind: UrgentKind,
  reportId: string,
  trackingCode: string | null,
  open: (noticeId: string, path: string) => void,
): void {
  const noticeId = `${kind}-${reportId}`;
  if (seen().includes(noticeId)) return;
  const openIt = () => {
    markSeen(noticeId);
    open(noticeId, `/intake/reports/${reportId}`);
  };
  notifications.show({
    id: noticeId,
    color: "red",
    title: t(`intake.live.${kind}Title`),
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm" c="dimmed">
          {trackingCode ? t(`intake.live.${kind}MessageCode`, { code: trackingCode }) : t(`intake.live.${kind}Message`)}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          onClick={(event) => {
            event.stopPropagation();
            openIt();
          }}
        >
          {trackingCode ? t("intake.live.openCode", { code: trackingCode }) : t("intake.live.open")}
        </Button>
      </Stack>
    ),
    autoClose: false,
    onClick: openIt,
    onClose: () => urgentClosed(noticeId),
  });
  urgentOpened(noticeId);
}
