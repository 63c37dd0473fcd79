// What a printed case file holds: every part of one case, decrypted, before the variant's redaction.
import type { IntakeDetailsT } from "../../reports/intake/contracts.js";

/** A sealed or optional text: null when not recorded. */
export type Text = string | null;

export interface Letterhead {
  unitName: string;
  address: string;
  phone: Text;
  email: Text;
  timeZone: string;
}

export interface CaseFacts {
  caseId: string;
  registerNumber: Text;
  status: string;
  category: string;
  riskLevel: Text;
  caseManager: Text;
  submittedBy: Text;
  submittedAt: Date;
  approvedBy: Text;
  approvedAt: Date | null;
  closedAt: Date | null;
  closeReason: Text;
  terminationReason: Text;
  nextReviewAt: Date | null;
}

export interface Complaint {
  channel: string;
  receivedAt: Date;
  inDanger: boolean;
  reporterRelation: string;
  reporterName: Text;
  reporterPhone: Text;
  contactMethod: string;
  safeTime: Text;
  victimName: Text;
  victimNik: Text;
  victimBirthDate: Text;
  victimAge: number | null;
  victimSex: Text;
  victimPhone: Text;
  victimDisability: boolean | null;
  victimDisabilityType: Text;
  victimEducation: Text;
  victimOccupation: Text;
  victimMaritalStatus: Text;
  regencyCode: Text;
  violenceTypes: string[];
  incidentPlace: Text;
  incidentDate: Text;
  incidentLocation: Text;
  chronology: Text;
  perpetrator: Text;
  perpetratorRelationship: Text;
  details: IntakeDetailsT;
}

export interface VerificationRecord {
  createdAt: Date;
  sentVia: Text;
  sentAt: Date | null;
  state: string;
  outcome: Text;
  usedAt: Date | null;
}

export interface ContactRecord {
  at: Date;
  by: string;
  method: string;
  outcome: string;
  note: Text;
}

export interface OutreachRecord {
  scheduledFor: Date;
  status: string;
  outcome: Text;
  team: string[];
  notes: Text;
}

export interface TimelineRecord {
  at: Date;
  event: string;
  fromStatus: Text;
  toStatus: string;
  actor: string;
  comment: Text;
}

export interface NoteRecord {
  at: Date;
  author: string;
  content: Text;
}

/** One assessment: every final one, and the draft in progress (marked as such). */
export interface AssessmentEntry {
  status: "draft" | "final";
  /** A re-assessment (at review) rather than the first assessment. */
  reassessment: boolean;
  version: number;
  riskLevel: Text;
  /** The sections in the form's order (ASSESSMENT_SECTIONS); a variant may leave some out. */
  sections: { section: string; text: Text }[];
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
  finalisedBy: Text;
  finalisedAt: Date | null;
}

/** The service plan's own record: its version and the client's agreement. */
export interface PlanRecord {
  version: number;
  updatedBy: string;
  updatedAt: Date;
  agreedAt: Date | null;
  /** in_person | phone | video_call | written. */
  agreedVia: Text;
  /** client | guardian. */
  agreedBy: Text;
  agreedRecordedBy: Text;
}

/** One session on the intervention form. Attachments by name only (null: name withheld), never their content. */
export interface SessionRecord {
  heldOn: string;
  whatWasDone: Text;
  result: Text;
  followUp: Text;
  attachments: Text[];
  recordedBy: string;
  recordedAt: Date;
}

export interface InterventionRecord {
  createdAt: Date;
  serviceType: string;
  provider: string;
  profession: Text;
  /** The partner agency the provider works for, if any. */
  partner: Text;
  targetDate: Text;
  goal: Text;
  status: string;
  sessions: SessionRecord[];
}

/** The 3x24 h police-report deadline of a sexual-violence case (UU TPKS), as it stood when printed. */
export interface PoliceReportRecord {
  dueAt: Date;
  state: "pending" | "overdue" | "met" | "waived";
  metAt: Date | null;
  metBy: Text;
  reference: Text;
  waivedAt: Date | null;
  waivedBy: Text;
  waiveReason: Text;
}

export interface ConsentEntry {
  givenAt: Date;
  purpose: string;
  partners: string[];
  granted: boolean;
  textVersion: string;
  givenBy: string;
  guardianName: Text;
  guardianRelationship: Text;
  signatureKind: string;
  method: string;
  recordedBy: string;
  withdrawnAt: Date | null;
  withdrawnBy: Text;
  withdrawalReason: Text;
}

export interface TerminationEntry {
  signedAt: Date;
  textVersion: string;
  signedBy: string;
  guardianName: Text;
  guardianRelationship: Text;
  signatureKind: string;
  method: string;
  recordedBy: string;
}

export interface FeedbackEntry {
  at: Date;
  declined: boolean;
  scores: { question: string; score: number | null }[];
  comments: Text;
}

export interface CaseFile {
  letterhead: Letterhead;
  facts: CaseFacts;
  complaint: Complaint;
  verifications: VerificationRecord[];
  contactAttempts: ContactRecord[];
  outreachVisits: OutreachRecord[];
  timeline: TimelineRecord[];
  notes: NoteRecord[];
  assessments: AssessmentEntry[];
  /** Null until a plan is saved; its interventions are `interventions`. */
  plan: PlanRecord | null;
  interventions: InterventionRecord[];
  /** Null unless the case is about sexual violence. */
  policeReport: PoliceReportRecord | null;
  consents: ConsentEntry[];
  terminationForms: TerminationEntry[];
  feedback: FeedbackEntry[];
  /** Who prints, and when (the footer of every page). */
  printedBy: string;
  printedAt: Date;
}

/** How the file is printed: the variant, and whether a child's identity may be shown to this printer. */
export interface PrintMode {
  variant: "full" | "victim";
  childIdentityShown: boolean;
}
