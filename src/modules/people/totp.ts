// TOTP (RFC 6238) codes: secrets kept encrypted, each time step accepted at most once.
import * as OTPAuth from "otpauth";
import type { FieldCipher } from "../../platform/crypto/field-encryption.js";

const PERIOD = 30;
const CONTEXT = "users.totp_secret";

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpFor(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: "Teduh", label, secret: OTPAuth.Secret.fromBase32(secretBase32), period: PERIOD });
}

export const sealTotpSecret = (cipher: FieldCipher, secret: string) => cipher.encrypt(secret, CONTEXT);
export const openTotpSecret = (cipher: FieldCipher, sealed: string) => cipher.decrypt(sealed, CONTEXT);

/** The accepted time step, or null when the code is wrong or its step was already used. */
export function acceptTotp(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const delta = totpFor(secretBase32, "x").validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
