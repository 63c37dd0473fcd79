// How a client link travels: the officer's own phone (QR code, message to copy) or a configured WhatsApp, SMS or e-mail transport.
import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { LinkChannelBody } from "./api";

export type LinkChannel = { channel: string; recipient: string; lang: "id" | "en" };
export const MANUAL_CHANNEL: LinkChannel = { channel: "manual", recipient: "", lang: "id" };

const CHANNELS = ["manual", "whatsapp", "sms", "email"] as const;

export function channelBody(value: LinkChannel): LinkChannelBody {
  return {
    channel: value.channel,
    recipient: value.channel === "manual" ? null : value.recipient.trim() || null,
    lang: value.lang,
  };
}

type Props = { value: LinkChannel; onChange: (value: LinkChannel) => void };

export function LinkChannelFields({ value, onChange }: Props) {
  const { t } = useTranslation();
  const email = value.channel === "email";
  return (
    <Group align="flex-start" wrap="wrap" grow preventGrowOverflow={false}>
      <NativeSelect
        label={t("consent.channel.channel")}
        description={t("consent.channel.notConfigured")}
        data={CHANNELS.map((c) => ({ value: c, label: t(`verification.channels.${c}`) }))}
        value={value.channel}
        onChange={(e) => onChange({ ...value, channel: e.currentTarget.value })}
        data-testid="consent-link-channel"
      />
      {value.channel !== "manual" && (
        <TextInput
          label={email ? t("verification.recipientEmail") : t("verification.recipientPhone")}
          description={email ? undefined : t("verification.recipientDefault")}
          type={email ? "email" : "tel"}
          required={email}
          value={value.recipient}
          onChange={(e) => onChange({ ...value, recipient: e.currentTarget.value })}
        />
      )}
      <NativeSelect
        label={t("verification.language")}
        data={[
          { value: "id", label: "Bahasa Indonesia" },
          { value: "en", label: "English" },
        ]}
        value={value.lang}
        onChange={(e) => onChange({ ...value, lang: e.currentTarget.value === "en" ? "en" : "id" })}
      />
    </Group>
  );
}
