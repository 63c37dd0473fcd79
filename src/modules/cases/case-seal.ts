// Sealing the free text of cases (notes, comments given with a move) with the field cipher, bound to its column.
import type { FieldCipher } from "../../platform/crypto/field-encryption.js";

export type CaseSealedField = "note" | "event_comment";

export function sealCaseText(cipher: FieldCipher, field: CaseSealedField, value: string | null | undefined): string | null {
  return value ? cipher.encrypt(value, `cases.${field}`) : null;
}

export function unsealCaseText(cipher: FieldCipher, field: CaseSealedField, value: string | null | undefined): string | null {
  return value ? cipher.decrypt(value, `cases.${field}`) : null;
}
