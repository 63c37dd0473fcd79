// The transports messages leave through (WhatsApp, SMS, e-mail), chosen by configuration.
import type { Config } from "../../server/config.js";
import { httpGatewayTransport } from "./http-gateway-transport.js";
import { smtpTransport } from "./smtp-transport.js";

export const TRANSPORT_KINDS = ["whatsapp", "sms", "email"] as const;
export type TransportKind = (typeof TRANSPORT_KINDS)[number];

export interface OutgoingMessage {
  to: string;
  subject: string | null;
  text: string;
}

export interface Transport {
  send(message: OutgoingMessage): Promise<void>;
  close?(): void;
}

/**
 * A failure whose `code` is safe to store: it names the kind of failure (an HTTP status, an SMTP reply
 * code, a network error code), never the recipient or the text.
 */
export class TransportError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** A stored error code for any failure: known codes kept, everything else reduced to its class. */
export function safeErrorCode(error: unknown): string {
  if (error instanceof TransportError) return error.code;
  const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  if (typeof e.responseCode === "number") return `smtp_${e.responseCode}`;
  if (typeof e.code === "string" && /^[A-Z_]{3,40}$/.test(e.code)) return e.code.toLowerCase();
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timeout";
  return "error";
}

export type Transports = Partial<Record<TransportKind, Transport>>;

/** The transports this installation has configured; a channel without one is sent by the officer's own phone. */
export function buildTransports(config: Config): Transports {
  const out: Transports = {};
  if (config.smtpUrl) out.email = smtpTransport(config.smtpUrl, config.mailFrom);
  if (config.whatsappUrl) out.whatsapp = httpGatewayTransport(config.whatsappUrl, config.whatsappToken);
  if (config.smsUrl) out.sms = httpGatewayTransport(config.smsUrl, config.smsToken);
  return out;
}

export function configuredKinds(config: Config): Record<TransportKind, boolean> {
  return { email: Boolean(config.smtpUrl), whatsapp: Boolean(config.whatsappUrl), sms: Boolean(config.smsUrl) };
}
