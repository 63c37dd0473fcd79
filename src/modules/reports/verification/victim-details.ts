// The victim's details a verification link shows and lets them correct, decrypted, and their validation.
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import { unseal } from "../identity.js";
import type { FoundLink } from "./find-link-by-token.js";

export interface VictimDetails {
  name: string;
  birthDate: string | null;
  phone: string | null;
  /** Null when the report holds no NIK: then the field is not offered. */
  nik: string | null;
}
export type DetailField = keyof VictimDetails;
export type DetailErrors = Partial<Record<DetailField, "required" | "invalid">>;

export function victimDetails(cipher: FieldCipher, report: FoundLink["report"]): VictimDetails {
  return {
    name: unseal(cipher, "victim_name", report.victimNameEnc),
    birthDate: unseal(cipher, "victim_birth_date", report.victimBirthDateEnc),
    phone: unseal(cipher, "victim_phone", report.victimPhoneEnc),
    nik: unseal(cipher, "victim_nik", report.victimNikEnc),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffd]/;

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && value >= "1900-01-01" && d.getTime() <= Date.now()
  );
}

/** Reads a correction from the form; the NIK only when the report has one. Empty optional fields clear them. */
export function readCorrection(form: URLSearchParams, hasNik: boolean): { details: VictimDetails; errors: DetailErrors } {
  const get = (k: string) => (form.get(k) ?? "").trim().slice(0, 300);
  const errors: DetailErrors = {};
  const name = get("name").replace(/\s+/g, " ");
  if (!name) errors.name = "required";
  else if (name.length > 120 || CONTROL.test(name)) errors.name = "invalid";
  const birthDate = get("birthDate") || null;
  if (birthDate && !validDate(birthDate)) errors.birthDate = "invalid";
  const phone = get("phone") || null;
  if (phone && !/^\+?[0-9 ()-]{6,24}$/.test(phone)) errors.phone = "invalid";
  let nik: string | null = null;
  if (hasNik) {
    nik = get("nik").replace(/\s/g, "") || null;
    if (!nik) errors.nik = "required";
    else if (!/^\d{16}$/.test(nik)) errors.nik = "invalid";
  }
  return { details: { name, birthDate, phone, nik }, errors };
}

/** Age in whole years on the given day. */
export function ageOn(birthDate: string, today = new Date()): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return Math.max(0, age);
}
