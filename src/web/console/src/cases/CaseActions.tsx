// The moves the transition table allows this user on this case, as buttons; each opens its dialog.
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetailT, CaseEvent } from "./contracts";
import { EventModal } from "./EventModal";

/** complete_termination needs the client's signed termination form, recorded by the termination step, not by a button here. */
const BY_FORM: CaseEvent[] = ["complete_termination"];

export function CaseActions({ detail }: { detail: CaseDetailT }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CaseEvent | null>(null);
  // A move that is no longer allowed (done here, or the case changed live elsewhere) closes its dialog for good.
  useEffect(() => {
    if (open && !detail.allowedEvents.includes(open)) setOpen(null);
  }, [open, detail.allowedEvents]);
  const buttons = detail.allowedEvents.filter((e) => !BY_FORM.includes(e));
  const waitsForForm = detail.allowedEvents.some((e) => BY_FORM.includes(e));
  if (buttons.length === 0 && !waitsForForm) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-actions-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="case-actions-title">
          {t("cases.actions.title")}
        </Title>
        <Group gap="xs" data-testid="case-actions">
          {buttons.map((event) => (
            <Button
              key={event}
              variant={event === "reject" ? "light" : "filled"}
              color={event === "reject" || event === "send_back_termination" ? "red" : undefined}
              onClick={() => setOpen(event)}
            >
              {t(`cases.events.${event}`)}
            </Button>
          ))}
        </Group>
        {waitsForForm && (
          <Alert variant="light" color="yellow" p="xs">
            <Text size="sm">{t("cases.actions.waitsForTerminationForm")}</Text>
          </Alert>
        )}
      </Stack>
      {open && detail.allowedEvents.includes(open) && <EventModal detail={detail} event={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
