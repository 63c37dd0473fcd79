// Sealing the free text of case services (assessment sections, goals, session records, police-report notes), bound to its column.
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";

export type ServicesSealedField =
  | "assessment_sections"
  | "intervention_goal"
  | "session_done"
  | "session_result"
  | "session_follow_up"
  | "police_reference"
  | "police_waive_reason"
  | "attachment_name"
  | "attachment_content";

export function sealServices(cipher: FieldCipher, field: ServicesSealedField, value: string | null | undefined): string | null {
  return value ? cipher.encrypt(value, `services.${field}`) : null;
}

export function unsealServices(cipher: FieldCipher, field: ServicesSealedField, value: string | null | undefined): string | null {
  return value ? cipher.decrypt(value, `services.${field}`) : null;
}
