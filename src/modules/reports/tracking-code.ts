// Tracking codes and PINs given to a reporter: short, unambiguous when read aloud, random.
import crypto from "node:crypto";

/** No 0/O, 1/I/L, 5/S, 2/Z: letters and digits that are not mistaken for each other. */
const ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY";

function pick(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}

/** e.g. "TDH-7KMC-Q9XA": 27^8 (about 2.8e11) codes. */
export function newTrackingCode(): string {
  return `TDH-${pick(4)}-${pick(4)}`;
}

export function normaliseTrackingCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const body = compact.startsWith("TDH") ? compact.slice(3) : compact;
  return `TDH-${body.slice(0, 4)}-${body.slice(4, 8)}`;
}

/** A 6-digit PIN. */
export function newPin(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, "0");
}
