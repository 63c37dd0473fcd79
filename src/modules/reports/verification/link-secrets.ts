// Keyed hashes of a link's short code and the signed "code accepted" proof carried to the confirm form (no cookies).
import crypto from "node:crypto";
import type { FieldCipher } from "../../../platform/crypto/field-encryption.js";

/** The code's hash is keyed with the installation's HMAC key and bound to the link: a stolen table cannot be brute-forced. */
export function codeHash(cipher: FieldCipher, linkId: string, code: string): string {
  return cipher.blindIndex(`${linkId}:${code}`, "verification.code");
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** Minutes a victim has, after entering the right code, to confirm or correct. */
export const PROOF_MINUTES = 30;

/** `<expiry ms>.<hmac>`: proves this link's code was accepted, until the expiry. */
export function signProof(cipher: FieldCipher, linkId: string, now = Date.now()): string {
  const until = now + PROOF_MINUTES * 60_000;
  return `${until}.${cipher.blindIndex(`${linkId}:${until}`, "verification.proof")}`;
}

export function checkProof(cipher: FieldCipher, linkId: string, proof: string, now = Date.now()): boolean {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(proof);
  if (!match) return false;
  const until = Number(match[1]);
  if (until < now) return false;
  return sameHash(match[2] as string, cipher.blindIndex(`${linkId}:${until}`, "verification.proof"));
}
