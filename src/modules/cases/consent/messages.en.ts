// Server messages (English) of consent, client links and the termination form; keys must match messages.id.ts.
import type { consentId } from "./messages.id.js";

export const consentEn: Record<keyof typeof consentId, string> = {
  "consent.wrong_status": "Consent can be recorded only while the case runs (approved and not closed).",
  "consent.guardian_required":
    "A child's case: consent and signature must come from a parent or guardian, with their name and relationship.",
  "consent.guardian_fields": "Fill in the parent's or guardian's name and relationship.",
  "consent.purpose_duplicate": "Each consent purpose may appear only once.",
  "consent.partners_required": "Name at least one partner agency for sharing.",
  "consent.partner_invalid": "The partner agency was not found or is not active in this case's unit.",
  "consent.not_granted": "This purpose is not currently granted, so there is nothing to withdraw.",
  "consent.link_not_pending": "This link is already used, expired or revoked.",
  "consent.transport_unavailable": "This delivery channel is not configured; send the link by hand.",
  "consent.recipient_required": "Fill in the recipient's phone number or e-mail address.",
  "consent.subject": "A link for you",
  "consent.message": "Hello, please open this link and enter the code you received separately: {url}",
};
