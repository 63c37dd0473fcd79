// Random bearer tokens (sessions, one-time links) and the hashes under which they are stored.
import crypto from "node:crypto";

export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("base64url");
}
