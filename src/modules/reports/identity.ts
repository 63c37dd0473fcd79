// Sealing a complaint's identity and narrative fields (AES-256-GCM per column) and their blind indexes.
import type { FieldCipher } from "../../platform/crypto/field-encryption.js";

/** Every encrypted column of the reports module, named by its cipher context (bound into the ciphertext). */
export type SealedField =
  | "reporter_name"
  | "reporter_phone"
  | "safe_time"
  | "victim_name"
  | "victim_birth_date"
  | "victim_nik"
  | "victim_phone"
  | "victim_disability_type"
  | "incident_location"
  | "chronology"
  | "perpetrator"
  | "intake"
  | "close_note"
  | "message"
  | "contact_note"
  | "evidence_name"
  | "evidence_content"
  | "outreach_notes"
  | "outbox_recipient"
  | "outbox_subject"
  | "outbox_body";

export function seal(cipher: FieldCipher, field: SealedField, value: string): string;
export function seal(cipher: FieldCipher, field: SealedField, value: string | null | undefined): string | null;
export function seal(cipher: FieldCipher, field: SealedField, value: string | null | undefined): string | null {
  return value === null || value === undefined || value === "" ? null : cipher.encrypt(value, `reports.${field}`);
}

export function unseal(cipher: FieldCipher, field: SealedField, value: string): string;
export function unseal(cipher: FieldCipher, field: SealedField, value: string | null | undefined): string | null;
export function unseal(cipher: FieldCipher, field: SealedField, value: string | null | undefined): string | null {
  return value ? cipher.decrypt(value, `reports.${field}`) : null;
}

/** The victim's disability type: sealed, or plain in a row stored before migration 0013 that is not sealed yet. */
export function disabilityTypeOf(
  cipher: FieldCipher,
  row: { victimDisabilityTypeEnc: string | null; victimDisabilityTypePlain: string | null },
): string | null {
  return unseal(cipher, "victim_disability_type", row.victimDisabilityTypeEnc) ?? row.victimDisabilityTypePlain;
}

/** Indonesian phone numbers in one form: digits only, leading 0 or +62 as 62. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.startsWith("62")) return digits;
  if (digits.startsWith("0")) return `62${digits.slice(1)}`;
  return `62${digits}`;
}

/** A name for "similar name" matching: lower case, letters only, words sorted (so "Siti Aminah" = "aminah siti"). */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z\s]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(" ");
}

export type IndexedField = "phone" | "nik" | "name" | "birth_date";

/** Blind index for exact-match lookups; null for empty values. */
export function blindIndex(cipher: FieldCipher, kind: IndexedField, value: string | null | undefined): string | null {
  if (!value) return null;
  const normal = kind === "phone" ? normalisePhone(value) : kind === "name" ? normaliseName(value) : value.trim();
  return normal ? cipher.blindIndex(normal, `reports.${kind}`) : null;
}
