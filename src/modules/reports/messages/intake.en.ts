// Server messages (English) of the reports module's intake part; keys must match intake.id.ts.
import type { intakeId } from "./intake.id.js";

export const intakeEn: Record<keyof typeof intakeId, string> = {
  "intake.danger_alert.subject": "Teduh: urgent complaint",
  "intake.danger_alert.message": "Teduh: a new urgent complaint (someone in danger now) came in to your unit. Open it now: {url}",
  "intake.emergency_alert.subject": "Teduh: emergency help needed",
  "intake.emergency_alert.message":
    "Teduh: the outreach team reports that the victim needs emergency help. Open the complaint now: {url}",
  "intake.stale": "Someone else changed this complaint. Reload and try again.",
  "intake.wrong_status": "This action does not apply to the complaint's current status.",
  "intake.incomplete": "The intake form is not complete: fill in the risk level and the other required fields.",
  "intake.no_reporter_channel": "This complaint did not come through the public form, so there is no reporter to read messages.",
  "intake.duplicate_of_itself": "A complaint cannot be a duplicate of itself.",
  "intake.duplicate_unknown": "The original complaint was not found in this unit.",
  "intake.duplicate_which": "Give the tracking code of the original complaint or its case's register number.",
  "intake.post_required": "Choose the complaint post for a walk-in complaint.",
  "intake.post_unknown": "The complaint post was not found or is not active in this unit.",
  "intake.birth_date_future": "The birth date cannot be in the future.",
  "intake.incident_date_future": "The incident date cannot be in the future.",
  "intake.category_age": "The category does not match the victim's age: a child is under 18.",
  "intake.region_province": "Unknown province: choose the province from the region list.",
  "intake.region_regency": "The regency/city is unknown or not in the chosen province.",
  "intake.region_district": "The district is unknown or not in the chosen regency/city.",
  "intake.evidence_invalid": "The file must be a JPG, PNG, WEBP or PDF of at most {mb} MB.",
  "intake.evidence_full": "This complaint already holds as many evidence files as allowed ({max}).",
  "intake.evidence_from_reporter": "The reporter sent this file: it stays with the complaint as their evidence.",
  "intake.evidence_not_yours": "Only the officer who attached this file, or a supervisor, can withdraw it.",
  "field.provinceCode": "province",
  "field.regencyCode": "regency/city",
  "field.districtCode": "district",
  "intake.events_stream_only": "This address serves an event stream only (text/event-stream).",
};
