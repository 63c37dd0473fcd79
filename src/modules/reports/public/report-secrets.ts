// Keyed secrets of a public report: the signed idempotency key of a form, the PIN derived from it, the PIN hash, the status proof.
import crypto from "node:crypto";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";
import { sameHash } from "../verification/link-secrets.js";

/** A form key: 16 random bytes and an HMAC over them, so a forged or garbled key is told apart from a real one. */
export function newIdempotencyKey(cipher: FieldCipher): string {
  const nonce = crypto.randomBytes(16).toString("base64url");
  return `${nonce}.${cipher.blindIndex(nonce, "reports.form_key")}`;
}

export function idempotencyKeyValid(cipher: FieldCipher, key: string): boolean {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(key);
  return match !== null && sameHash(match[2] as string, cipher.blindIndex(match[1] as string, "reports.form_key"));
}

/**
 * The report's 6-digit PIN, derived from the form's key with the installation's HMAC key: a retry of the same form
 * (same key, known only to the device that rendered it) can be shown the same PIN without the PIN being stored anywhere.
 */
export function pinFor(cipher: FieldCipher, idempotencyKey: string): string {
  const digest = Buffer.from(cipher.blindIndex(idempotencyKey, "reports.pin"), "base64url");
  return (digest.readUInt32BE(0) % 1_000_000).toString().padStart(6, "0");
}

/** What reports.pin_hash holds: an HMAC bound to the tracking code (a stolen table alone cannot be brute-forced). */
export function pinHash(cipher: FieldCipher, trackingCode: string, pin: string): string {
  return cipher.blindIndex(`${trackingCode}:${pin}`, "reports.pin_hash");
}

export function pinMatches(cipher: FieldCipher, trackingCode: string, pin: string, hash: string | null): boolean {
  return hash !== null && sameHash(pinHash(cipher, trackingCode, pin), hash);
}

/** Minutes a reporter may post replies after entering the right PIN. */
export const STATUS_PROOF_MINUTES = 30;

/** `<expiry ms>.<hmac>`: the PIN of this report was accepted, until the expiry. */
export function signStatusProof(cipher: FieldCipher, reportId: string, now = Date.now()): string {
  const until = now + STATUS_PROOF_MINUTES * 60_000;
  return `${until}.${cipher.blindIndex(`${reportId}:${until}`, "reports.status_proof")}`;
}

export function checkStatusProof(cipher: FieldCipher, reportId: string, proof: string, now = Date.now()): boolean {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(proof);
  if (!match) return false;
  const until = Number(match[1]);
  if (until < now) return false;
  return sameHash(match[2] as string, cipher.blindIndex(`${reportId}:${until}`, "reports.status_proof"));
}
