// Sealing what a client or guardian gives (guardian's name, signature, withdrawal reason, feedback comments), bound to its column.
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";

export type ConsentSealedField = "guardian_name" | "signature" | "withdrawal_reason" | "feedback_comments";

export function sealConsent(cipher: FieldCipher, field: ConsentSealedField, value: string | null | undefined): string | null {
  return value ? cipher.encrypt(value, `consent.${field}`) : null;
}

export function unsealConsent(cipher: FieldCipher, field: ConsentSealedField, value: string | null | undefined): string | null {
  return value ? cipher.decrypt(value, `consent.${field}`) : null;
}
