// VerificationPanel of a report's page: make a verification link (WhatsApp, SMS, e-mail or the officer's own phone), list and revoke.
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../components/ErrorNotice";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { useFormatDate } from "../lib/useFormatDate";
import { CreatedLinkCard } from "./CreatedLinkCard";
import type { CreatedLinkT, VerificationChannel } from "./contracts";
import { useCreateLink, useLinkAction, useTransports, useVerificationLinks } from "./queries";

const STATE_COLOURS: Record<string, string> = { pending: "yellow", sent: "blue", used: "teal", expired: "gray", revoked: "red" };

export function VerificationPanel({ reportId, unitId }: { reportId: string; unitId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const transports = useTransports();
  const links = useVerificationLinks(reportId);
  const create = useCreateLink(reportId);
  const action = useLinkAction(reportId);
  const [channel, setChannel] = useState<VerificationChannel>("manual");
  const [recipient, setRecipient] = useState("");
  const [lang, setLang] = useState<"id" | "en">("id");
  const [created, setCreated] = useState<CreatedLinkT | null>(null);
  const [markedSent, setMarkedSent] = useState(false);

  const configured = (c: VerificationChannel) => c === "manual" || Boolean(transports.data?.[c]);
  const options = (["manual", "whatsapp", "sms", "email"] as const).map((c) => ({
    value: c,
    label: configured(c)
      ? t(`verification.channels.${c}`)
      : t("verification.notConfigured", { channel: t(`verification.channels.${c}`) }),
    disabled: !configured(c),
  }));

  const submit = () => {
    setCreated(null);
    setMarkedSent(false);
    create.mutate(
      { channel, lang, recipient: channel === "manual" ? null : recipient.trim() || null },
      { onSuccess: (result) => setCreated(result) },
    );
  };

  return (
    <Paper withBorder p="md" data-testid="verification-panel">
      <Stack>
        <Title order={2} size="h4">
          {t("verification.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("verification.intro")}
        </Text>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("verification.channel")}
            data={options}
            value={channel}
            onChange={(v) => v && setChannel(v as VerificationChannel)}
            allowDeselect={false}
            w={260}
          />
          {channel !== "manual" && (
            <TextInput
              label={channel === "email" ? t("verification.recipientEmail") : t("verification.recipientPhone")}
              description={channel === "email" ? undefined : t("verification.recipientDefault")}
              value={recipient}
              onChange={(e) => setRecipient(e.currentTarget.value)}
              type={channel === "email" ? "email" : "tel"}
              required={channel === "email"}
            />
          )}
          <Select
            label={t("verification.language")}
            data={[
              { value: "id", label: "Bahasa Indonesia" },
              { value: "en", label: "English" },
            ]}
            value={lang}
            onChange={(v) => v && setLang(v as "id" | "en")}
            allowDeselect={false}
            w={180}
          />
          <Button onClick={submit} loading={create.isPending}>
            {t("verification.create")}
          </Button>
        </Group>
        <FormError error={create.error} />
        {created && (
          <CreatedLinkCard
            created={created}
            marking={action.isPending}
            markedSent={markedSent}
            onMarkSent={() => action.mutate({ id: created.link.id, action: "sent" }, { onSuccess: () => setMarkedSent(true) })}
          />
        )}
        {action.error && <ErrorNotice error={action.error} />}
        {links.isPending && <Loading />}
        {links.error && <ErrorNotice error={links.error} />}
        {links.data?.length === 0 && <Text c="dimmed">{t("verification.empty")}</Text>}
        {links.data && links.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="verification-links">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("verification.createdAt")}</Table.Th>
                  <Table.Th>{t("verification.channel")}</Table.Th>
                  <Table.Th>{t("common.status")}</Table.Th>
                  <Table.Th>{t("verification.expiresAt")}</Table.Th>
                  <Table.Th>{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {links.data.map((link) => (
                  <Table.Tr key={link.id}>
                    <Table.Td>{formatDate(link.createdAt, unitId)}</Table.Td>
                    <Table.Td>{link.channel ? t(`verification.channels.${link.channel}`) : "—"}</Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOURS[link.state]} variant="light">
                        {t(`verification.states.${link.state}`)}
                      </Badge>
                      {link.outcome && (
                        <Text size="xs" c="dimmed">
                          {t(`verification.outcomes.${link.outcome}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(link.expiresAt, unitId)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {link.state === "pending" && link.channel === "manual" && (
                          <Button size="xs" variant="light" onClick={() => action.mutate({ id: link.id, action: "sent" })}>
                            {t("verification.markSent")}
                          </Button>
                        )}
                        {(link.state === "pending" || link.state === "sent") && (
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() => action.mutate({ id: link.id, action: "revoke" })}
                          >
                            {t("verification.revoke")}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
