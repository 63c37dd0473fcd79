// Zod contracts of informed consent, client links and the termination form with feedback, shared by the server and the console.
import { z } from "zod";
import { VERIFICATION_CHANNELS } from "../../reports/verification/contracts.js";
import { CaseDetail } from "../contracts.js";
import { CONSENT_PURPOSES } from "./consent-texts.js";

const Id = z.uuid();
const Person = z.object({ id: Id, displayName: z.string() });

export const GUARDIAN_RELATIONSHIPS = [
  "mother",
  "father",
  "legal_guardian",
  "grandparent",
  "sibling",
  "other_relative",
  "other",
] as const;
export const CLIENT_LINK_KINDS = ["consent", "termination"] as const;
export const CLIENT_LINK_STATES = ["pending", "sent", "used", "expired", "revoked"] as const;
export const CONSENT_STATES = ["granted", "refused", "withdrawn", "not_asked"] as const;
export const SIGNING_METHODS = ["link", "in_person"] as const;
export const SURVEY_QUESTIONS = ["respectful", "clearInformation", "timelyHelp", "feltSafe", "wouldRecommend"] as const;
/** A drawn signature: a PNG data URL of at most this many characters (about 90 KB of image). */
export const MAX_DRAWN_SIGNATURE = 120_000;

export const Purpose = z.enum(CONSENT_PURPOSES);
export const ClientLinkParams = z.object({ id: Id });

/** A signature: a typed full name, or a drawn one (PNG data URL). Stored sealed, never returned by the API. */
export const Signature = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("typed"), name: z.string().trim().min(2).max(200) }),
  z.object({
    kind: z.literal("drawn"),
    dataUrl: z
      .string()
      .max(MAX_DRAWN_SIGNATURE)
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/),
  }),
]);

/** Who signs: the client, or a parent/guardian (required for a child's case) with their name and relationship. */
export const Signer = z.object({
  givenBy: z.enum(["client", "guardian"]),
  guardianName: z.string().trim().min(2).max(200).optional(),
  guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).optional(),
  signature: Signature,
});

export const CreateConsentLinkBody = z.object({
  purposes: z.array(Purpose).min(1).max(CONSENT_PURPOSES.length),
  /** Required when partner_sharing is asked: the unit's active partner agencies the client is asked to agree to. */
  partnerIds: z.array(Id).max(20).default([]),
  channel: z.enum(VERIFICATION_CHANNELS),
  /** Phone number (WhatsApp, SMS) or e-mail; for WhatsApp/SMS the client's phone on file by default. */
  recipient: z.string().trim().min(3).max(200).nullish(),
  lang: z.enum(["id", "en"]).default("id"),
});
export const CreateTerminationLinkBody = CreateConsentLinkBody.pick({ channel: true, recipient: true, lang: true });

export const ClientLink = z.object({
  id: Id,
  caseId: Id,
  kind: z.enum(CLIENT_LINK_KINDS),
  state: z.enum(CLIENT_LINK_STATES),
  channel: z.enum(VERIFICATION_CHANNELS),
  purposes: z.array(Purpose),
  partnerIds: z.array(Id),
  lang: z.enum(["id", "en"]),
  failedAttempts: z.number().int(),
  expiresAt: z.string(),
  sentAt: z.string().nullable(),
  usedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: Id,
});

export const CreatedClientLink = z.object({
  link: ClientLink,
  /** The 6-digit code the officer tells the client separately; shown once. */
  code: z.string(),
  delivery: z.enum(["outbox", "manual"]),
  /** Manual delivery only: the link, the neutral message and its QR code (SVG). */
  url: z.string().nullable(),
  message: z.string().nullable(),
  qrSvg: z.string().nullable(),
});

export const RecordConsentBody = z.object({
  /** One decision per purpose shown to the client: granted or refused. */
  decisions: z
    .array(z.object({ purpose: Purpose, granted: z.boolean() }))
    .min(1)
    .max(CONSENT_PURPOSES.length),
  /** The partner agencies named in the sharing text (required when partner_sharing is granted). */
  partnerIds: z.array(Id).max(20).default([]),
  signer: Signer,
});

export const WithdrawConsentBody = z.object({ purpose: Purpose, reason: z.string().trim().min(1).max(2000) });

export const ConsentRecord = z.object({
  id: Id,
  purpose: Purpose,
  partnerIds: z.array(Id),
  granted: z.boolean(),
  textVersion: z.string(),
  givenBy: z.enum(["client", "guardian"]),
  guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).nullable(),
  signatureKind: z.enum(["typed", "drawn"]),
  method: z.enum(SIGNING_METHODS),
  recordedBy: Person,
  linkId: Id.nullable(),
  givenAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: Person.nullable(),
});

export const ConsentText = z.object({ purpose: Purpose, title: z.string(), body: z.string() });

export const ConsentOverview = z.object({
  caseId: Id,
  /** A child's case: consent and the termination form must come from a parent or guardian. */
  guardianRequired: z.boolean(),
  /** Per purpose: the newest decision's state. */
  current: z.array(
    z.object({
      purpose: Purpose,
      state: z.enum(CONSENT_STATES),
      recordId: Id.nullable(),
      partnerIds: z.array(Id),
      at: z.string().nullable(),
    }),
  ),
  history: z.array(ConsentRecord),
  /** The consent links of the case, newest first (termination links are in GET /cases/:id/termination). */
  links: z.array(ClientLink),
  /** The texts in force, in the user's language, for the officer's screen (`{partners}` left for the console to fill). */
  textVersion: z.string(),
  texts: z.array(ConsentText),
  /** The unit's active partner agencies that may be named for sharing. */
  partners: z.array(z.object({ id: Id, name: z.string() })),
});

const Rating = z.number().int().min(1).max(5);
export const Feedback = z.discriminatedUnion("declined", [
  z.object({ declined: z.literal(true) }),
  z.object({
    declined: z.literal(false),
    respectful: Rating.nullish(),
    clearInformation: Rating.nullish(),
    timelyHelp: Rating.nullish(),
    feltSafe: Rating.nullish(),
    wouldRecommend: Rating.nullish(),
    comments: z.string().trim().max(4000).nullish(),
  }),
]);

export const RecordTerminationBody = z.object({
  /** The case version the officer saw (optimistic concurrency). */
  version: z.number().int().min(1),
  signer: Signer,
  feedback: Feedback,
});

export const TerminationForm = z.object({
  id: Id,
  caseId: Id,
  textVersion: z.string(),
  signedBy: z.enum(["client", "guardian"]),
  guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).nullable(),
  signatureKind: z.enum(["typed", "drawn"]),
  method: z.enum(SIGNING_METHODS),
  recordedBy: Person,
  linkId: Id.nullable(),
  signedAt: z.string(),
  feedback: z.object({
    declined: z.boolean(),
    respectful: z.number().nullable(),
    clearInformation: z.number().nullable(),
    timelyHelp: z.number().nullable(),
    feltSafe: z.number().nullable(),
    wouldRecommend: z.number().nullable(),
    comments: z.string().nullable(),
  }),
});

export const TerminationOverview = z.object({
  forms: z.array(TerminationForm),
  links: z.array(ClientLink),
  textVersion: z.string(),
  text: z.object({ title: z.string(), body: z.string() }),
});

export const RecordedTermination = z.object({ case: CaseDetail, form: TerminationForm });

export type SignerT = z.output<typeof Signer>;
export type FeedbackT = z.output<typeof Feedback>;
export type ClientLinkT = z.infer<typeof ClientLink>;
export type CreatedClientLinkT = z.infer<typeof CreatedClientLink>;
export type ConsentRecordT = z.infer<typeof ConsentRecord>;
export type ConsentOverviewT = z.infer<typeof ConsentOverview>;
export type TerminationFormT = z.infer<typeof TerminationForm>;
export type TerminationOverviewT = z.infer<typeof TerminationOverview>;
