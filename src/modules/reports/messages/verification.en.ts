// Server messages (English) of verification links, outreach and the outbox; keys must match verification.id.ts.
import type { verificationId } from "./verification.id.js";

export const verificationEn: Record<keyof typeof verificationId, string> = {
  "verification.wrong_status": "A verification link can only be made for a complaint that is new or in intake.",
  "verification.transport_unavailable": "This channel is not configured; send the link from your own phone.",
  "verification.recipient_required": "Enter the recipient's number or e-mail address.",
  "verification.not_pending": "This link was already sent, used, has expired or was revoked.",
  "verification.message": "Hello, please open this link to confirm your details: {url}",
  "verification.subject": "Confirm your details",
  "outreach.wrong_status": "This visit is already done or cancelled.",
  "outreach.report_closed": "This complaint is closed.",
  "outreach.team_invalid": "Team members must be active users holding a role in this unit.",
  "outreach.time_past": "The visit time cannot be in the past.",
  "outreach.stale": "Someone else changed this visit. Reload and try again.",
};
