// The vocabularies of a complaint: SIMFONI-PPA categories (DOMAIN.md section 4), channels, statuses and outcomes.
// Shared by the server, the public pages and the console; labels live in the i18n catalogues, keyed by these values.

/** A woman (18 or older) or a child (under 18). */
export const REPORT_CATEGORIES = ["woman", "child"] as const;

/** How the complaint reached the unit. */
export const CHANNELS = [
  "web",
  "panic_button",
  "walk_in",
  "phone",
  "whatsapp",
  "letter",
  "email",
  "third_party",
  "outreach",
  "referral",
  "handover",
  "call_112",
] as const;
/** Channels an intake officer enters on the intake form (web and panic button arrive by themselves). */
export const STAFF_CHANNELS = CHANNELS.filter((c) => c !== "web" && c !== "panic_button");

export const REPORTER_RELATIONS = [
  "self",
  "family",
  "neighbour",
  "teacher",
  "friend",
  "health_worker",
  "community_leader",
  "other",
] as const;
export const CONTACT_METHODS = ["phone", "whatsapp", "none"] as const;

export const VIOLENCE_TYPES = ["physical", "psychological", "sexual", "exploitation", "trafficking", "neglect", "other"] as const;
export const INCIDENT_PLACES = ["household", "workplace", "school", "public_facility", "short_course", "other"] as const;
export const PERPETRATOR_RELATIONSHIPS = [
  "na",
  "parent",
  "family",
  "spouse",
  "neighbour",
  "partner_friend",
  "teacher",
  "employer",
  "coworker",
  "other",
] as const;
export const SEXES = ["male", "female"] as const;
export const EDUCATION_LEVELS = ["none", "kindergarten", "primary", "junior_high", "senior_high", "higher"] as const;
export const OCCUPATIONS = [
  "student",
  "homemaker",
  "unemployed",
  "private_labour",
  "employed",
  "civil_servant",
  "trader_farmer_fisher",
  "na",
] as const;
export const MARITAL_STATUSES = ["unmarried", "married", "divorced_widowed", "siri"] as const;
export const RISK_LEVELS = ["high", "medium", "low"] as const;

/**
 * A complaint's status. received: new, untouched; in_intake: accepted by an officer, intake under way;
 * awaiting_approval: intake complete, with the supervisor (the case workflow takes it from there);
 * duplicate / not_a_case: closed at intake.
 */
export const REPORT_STATUSES = ["received", "in_intake", "awaiting_approval", "duplicate", "not_a_case"] as const;
/** What the reporter sees on /lapor/status: nothing more than the stage. */
export const REPORTER_STAGES = ["received", "verifying", "handled", "closed"] as const;

export const NOT_A_CASE_REASONS = ["prank", "outside_criteria", "insufficient_information", "withdrawn", "other"] as const;
export const CONTACT_OUTCOMES = ["reached", "no_answer", "unsafe_to_talk", "wrong_number", "other"] as const;
export const OUTREACH_OUTCOMES = ["met_safe", "needs_emergency_help", "refused", "not_found"] as const;
export const TRANSPORTS = ["whatsapp", "sms", "email", "manual"] as const;

export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
export type Channel = (typeof CHANNELS)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReporterStage = (typeof REPORTER_STAGES)[number];
export type ViolenceType = (typeof VIOLENCE_TYPES)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The reporter's view of a complaint: they learn the stage and nothing else. Once the complaint has become a case,
 * the case's status decides: awaiting approval is still "verifying", open or in termination "handled", closed "closed".
 */
export function reporterStage(status: string, caseStatus?: string | null): ReporterStage {
  if (caseStatus) return caseStatus === "awaiting_approval" ? "verifying" : caseStatus === "closed" ? "closed" : "handled";
  if (status === "received") return "received";
  if (status === "in_intake" || status === "awaiting_approval") return "verifying";
  if (status === "duplicate" || status === "not_a_case" || status === "closed") return "closed";
  return "handled";
}
