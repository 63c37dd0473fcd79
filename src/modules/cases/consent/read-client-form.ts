// Reads the client's form post (consent decisions or survey, guardian fields, signature) into checked values, or field errors.

import type { ClientFormContent } from "./client-form-content.js";
import type { ConsentPurpose } from "./consent-texts.js";
import { Feedback, type FeedbackT, GUARDIAN_RELATIONSHIPS, Signature, type SignerT, SURVEY_QUESTIONS } from "./contracts.js";

export type FormError = "required" | "invalid";
export type FormErrors = Record<string, FormError>;

export interface ClientAnswer {
  signer: SignerT;
  decisions: { purpose: ConsentPurpose; granted: boolean }[];
  feedback: FeedbackT;
}

const text = (form: URLSearchParams, name: string, max: number) => (form.get(name) ?? "").trim().slice(0, max + 1);

function readSigner(form: URLSearchParams, guardian: boolean, errors: FormErrors): SignerT | null {
  const drawn = form.get("signatureDrawn") ?? "";
  const typed = text(form, "signatureName", 200);
  const parsed = drawn
    ? Signature.safeParse({ kind: "drawn", dataUrl: drawn })
    : Signature.safeParse({ kind: "typed", name: typed });
  if (!parsed.success) errors.signatureName = drawn || typed ? "invalid" : "required";
  if (!guardian) return parsed.success ? { givenBy: "client", signature: parsed.data } : null;
  const name = text(form, "guardianName", 200);
  const relationship = form.get("guardianRelationship") ?? "";
  if (name.length < 2 || name.length > 200) errors.guardianName = name ? "invalid" : "required";
  const known = (GUARDIAN_RELATIONSHIPS as readonly string[]).includes(relationship);
  if (!known) errors.guardianRelationship = relationship ? "invalid" : "required";
  if (!parsed.success || errors.guardianName || !known) return null;
  return {
    givenBy: "guardian",
    guardianName: name,
    guardianRelationship: relationship as SignerT["guardianRelationship"],
    signature: parsed.data,
  };
}

function readFeedback(form: URLSearchParams, errors: FormErrors): FeedbackT {
  if (form.get("declineSurvey") === "yes") return { declined: true };
  const ratings: Record<string, number | null> = {};
  for (const q of SURVEY_QUESTIONS) {
    const raw = form.get(q) ?? "";
    ratings[q] = raw === "" ? null : Number(raw);
  }
  const parsed = Feedback.safeParse({ declined: false, ...ratings, comments: text(form, "comments", 4000) || null });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "comments")] = "invalid";
  return { declined: true };
}

export function readClientForm(
  form: URLSearchParams,
  content: ClientFormContent,
): { answer: ClientAnswer; errors: null } | { answer: null; errors: FormErrors } {
  const errors: FormErrors = {};
  const signer = readSigner(form, content.guardian, errors);
  const decisions = content.purposes.map((p) => ({ purpose: p.purpose, granted: form.get(`agree_${p.purpose}`) === "yes" }));
  const feedback: FeedbackT = content.kind === "termination" ? readFeedback(form, errors) : { declined: true };
  if (!signer || Object.keys(errors).length) return { answer: null, errors };
  return { answer: { signer, decisions, feedback }, errors: null };
}
