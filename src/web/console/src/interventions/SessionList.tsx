// The intervention's session records, oldest first: date, what was done, the result, the follow-up plan, attachments.
import { Card, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InterventionDetailT } from "../cases/services/queries";
import { useFormatDay } from "../cases/services/useFormatDay";
import { Fact } from "../components/Fact";
import { AttachmentLinks } from "./AttachmentLinks";
import { SessionAttachmentAdd } from "./SessionAttachmentAdd";

type Props = { intervention: InterventionDetailT; canAttach: boolean };

export function SessionList({ intervention, canAttach }: Props) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="sessions-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="sessions-title">
          {t("services.session.listTitle", { count: intervention.sessions.length })}
        </Title>
        {intervention.sessions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("services.session.none")}
          </Text>
        )}
        <Stack gap="sm" data-testid="intervention-sessions">
          {intervention.sessions.map((s) => (
            <Paper key={s.id} withBorder p="sm" data-testid="intervention-session">
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {formatDay(s.heldOn)} · {s.recordedBy.displayName}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <Fact label={t("services.session.whatWasDone")}>
                    <span style={{ whiteSpace: "pre-wrap" }}>{s.whatWasDone}</span>
                  </Fact>
                  <Fact label={t("services.session.result")}>
                    <span style={{ whiteSpace: "pre-wrap" }}>{s.result}</span>
                  </Fact>
                  <Fact label={t("services.session.followUp")}>
                    <span style={{ whiteSpace: "pre-wrap" }}>{s.followUp ?? "—"}</span>
                  </Fact>
                </SimpleGrid>
                <AttachmentLinks sessionId={s.id} items={s.attachments} />
                {canAttach && (
                  <SessionAttachmentAdd
                    interventionId={intervention.id}
                    caseId={intervention.caseId}
                    sessionId={s.id}
                    held={s.attachments.length}
                  />
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
