// VerificationPanel of a report's page: make a verification link (WhatsApp, SMS, e-mail or the officer's own phone; it replaces
// the one still valid), list and revoke.
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
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

/** `canCreate`: the complaint is still received or in intake (the server refuses new links otherwise). */
export function VerificationPanel({ reportId, unitId, canCreate }: { reportId: string; unitId: string; canCreate: boolean }) {
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

  // The just-made link as the list now tells it: once revoked (here or by a colleague), used or expired, its card with the
  // link, code and QR code goes, so that nobody sends a link that no longer opens.
  const createdState = created ? links.data?.find((link) => link.id === created.link.id)?.state : undefined;
  const createdLive = created !== null && (createdState === undefined || createdState === "pending" || createdState === "sent");
  /** The link whose "mark sent" or "revoke" is on its way: its buttons wait for the answer. */
  const busyLink = action.isPending ? action.variables?.id : undefined;

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
        {canCreate ? (
          <>
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
            {links.data?.some((link) => link.state === "pending" || link.state === "sent") && (
              <Text size="sm" data-testid="verification-replaces">
                {t("verification.replacesLive")}
              </Text>
            )}
            <FormError error={create.error} />
          </>
        ) : (
          <Text size="sm" data-testid="verification-closed">
            {t("verification.closedForNew")}
          </Text>
        )}
        {created && createdLive && (
          <CreatedLinkCard
            created={created}
            marking={action.isPending}
            markedSent={markedSent || createdState === "sent"}
            onMarkSent={() => action.mutate({ id: created.link.id, action: "sent" }, { onSuccess: () => setMarkedSent(true) })}
          />
        )}
        {action.error && <ErrorNotice error={action.error} />}
        {links.isPending && <Loading />}
        {links.error && <ErrorNotice error={links.error} />}
        {links.data?.length === 0 && <Text c="dimmed">{t("verification.empty")}</Text>}
        {links.data && links.data.length > 0 && (
          // One card per link, its buttons under its facts: in the complaint page's side column a table's last column
          // (the buttons) scrolled out of sight.
          <Stack gap="xs" data-testid="verification-links">
            {links.data.map((link) => (
              <Paper key={link.id} withBorder p="xs" data-testid="verification-link">
                <Group gap="xs" wrap="wrap">
                  <Badge color={STATE_COLOURS[link.state]} variant="light">
                    {t(`verification.states.${link.state}`)}
                  </Badge>
                  {link.outcome && (
                    <Text size="xs" c="dimmed">
                      {t(`verification.outcomes.${link.outcome}`)}
                    </Text>
                  )}
                  <Text size="sm">{link.channel ? t(`verification.channels.${link.channel}`) : "—"}</Text>
                </Group>
                <Text size="xs" c="dimmed" mt={4}>
                  {t("verification.createdAt")}: {formatDate(link.createdAt, unitId)} · {t("verification.expiresAt")}:{" "}
                  {formatDate(link.expiresAt, unitId)}
                </Text>
                {(link.state === "pending" || link.state === "sent") && (
                  <Group gap="xs" mt="xs" wrap="wrap">
                    {link.state === "pending" && link.channel === "manual" && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={busyLink === link.id && action.variables?.action === "sent"}
                        disabled={busyLink === link.id}
                        onClick={() => action.mutate({ id: link.id, action: "sent" })}
                      >
                        {t("verification.markSent")}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      loading={busyLink === link.id && action.variables?.action === "revoke"}
                      disabled={busyLink === link.id}
                      onClick={() => action.mutate({ id: link.id, action: "revoke" })}
                    >
                      {t("verification.revoke")}
                    </Button>
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
