// Zod contracts of verification links and outreach visits, shared by the server and the console.
import { z } from "zod";
import { OUTREACH_OUTCOMES } from "../categories.js";

export const VERIFICATION_CHANNELS = ["whatsapp", "sms", "email", "manual"] as const;
export const LINK_STATES = ["pending", "sent", "used", "expired", "revoked"] as const;
export const VISIT_STATUSES = ["scheduled", "done", "cancelled"] as const;

export const ReportIdParams = z.object({ id: z.uuid() });

export const CreateLinkBody = z.object({
  channel: z.enum(VERIFICATION_CHANNELS),
  /** Phone number (WhatsApp, SMS) or e-mail address; for WhatsApp/SMS the victim's phone on file by default. */
  recipient: z.string().trim().min(3).max(200).nullish(),
  /** Language of the message and of the page the victim opens. */
  lang: z.enum(["id", "en"]).default("id"),
});

export const VerificationLink = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  state: z.enum(LINK_STATES),
  channel: z.enum(VERIFICATION_CHANNELS).nullable(),
  outcome: z.string().nullable(),
  failedAttempts: z.number().int(),
  expiresAt: z.string(),
  sentAt: z.string().nullable(),
  usedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid(),
});

export const CreatedLink = z.object({
  link: VerificationLink,
  /** The short code the officer tells the victim separately (shown once). */
  code: z.string(),
  /** "outbox": the message leaves through a configured transport; "manual": the officer sends it. */
  delivery: z.enum(["outbox", "manual"]),
  /** For manual delivery only: the link, the neutral message and its QR code (SVG). */
  url: z.string().nullable(),
  message: z.string().nullable(),
  qrSvg: z.string().nullable(),
});

export const Transports = z.object({ whatsapp: z.boolean(), sms: z.boolean(), email: z.boolean() });

export const ScheduleVisitBody = z.object({
  scheduledFor: z.iso.datetime({ offset: true }),
  teamUserIds: z.array(z.uuid()).min(1).max(12),
});
export const UpdateVisitBody = z.object({
  version: z.number().int().positive(),
  scheduledFor: z.iso.datetime({ offset: true }).optional(),
  teamUserIds: z.array(z.uuid()).min(1).max(12).optional(),
});
export const VersionBody = z.object({ version: z.number().int().positive() });
export const RecordOutcomeBody = z.object({
  version: z.number().int().positive(),
  outcome: z.enum(OUTREACH_OUTCOMES),
  notes: z.string().trim().max(5000).nullish(),
});

export const TeamMember = z.object({ id: z.uuid(), displayName: z.string() });
export const OutreachVisit = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  unitId: z.uuid(),
  scheduledFor: z.string(),
  team: z.array(TeamMember),
  status: z.enum(VISIT_STATUSES),
  outcome: z.enum(OUTREACH_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  recordedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});

export type VerificationLinkT = z.infer<typeof VerificationLink>;
export type CreatedLinkT = z.infer<typeof CreatedLink>;
export type OutreachVisitT = z.infer<typeof OutreachVisit>;
export type TeamMemberT = z.infer<typeof TeamMember>;
export type VerificationChannel = (typeof VERIFICATION_CHANNELS)[number];
