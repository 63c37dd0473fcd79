// Encrypts identity fields with AES-256-GCM under a key id (for rotation) and computes HMAC blind indexes.
import crypto from "node:crypto";

export interface KeyRing {
  /** Key id used for new values. */
  activeKeyId: string;
  /** Every key that may still decrypt a stored value, by id. */
  keys: Map<string, Buffer>;
  /** Separate key for blind indexes; it does not rotate with the encryption keys. */
  blindIndexKey: Buffer;
}

/** A key's id: the first 8 hex digits of its SHA-256, so the same key always has the same id. */
export function keyId(key: Buffer): string {
  return crypto.createHash("sha256").update(key).digest("hex").slice(0, 8);
}

export function parseKey(base64: string, name: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes in base64 (openssl rand -base64 32)`);
  return key;
}

export class FieldCipher {
  constructor(private readonly ring: KeyRing) {}

  /** `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url); `context` binds the value to its field. */
  encrypt(plaintext: string, context: string): string {
    const key = this.ring.keys.get(this.ring.activeKeyId);
    if (!key) throw new Error("active encryption key missing");
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from(context));
    const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const b = (x: Buffer) => x.toString("base64url");
    return ["v1", this.ring.activeKeyId, b(iv), b(cipher.getAuthTag()), b(data)].join(".");
  }

  decrypt(envelope: string, context: string): string {
    const [version, kid, iv, tag, data] = envelope.split(".");
    if (version !== "v1" || !kid || iv === undefined || tag === undefined || data === undefined) {
      throw new Error("not an encrypted field value");
    }
    const key = this.ring.keys.get(kid);
    if (!key) throw new Error(`no key with id ${kid} to decrypt this value`);
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  }

  /** Key id a stored value was encrypted under (to find values that still need re-encryption). */
  static keyIdOf(envelope: string): string | undefined {
    return envelope.split(".")[1];
  }

  needsRotation(envelope: string): boolean {
    return FieldCipher.keyIdOf(envelope) !== this.ring.activeKeyId;
  }

  /** Re-encrypts a value under the active key. */
  rotate(envelope: string, context: string): string {
    return this.needsRotation(envelope) ? this.encrypt(this.decrypt(envelope, context), context) : envelope;
  }

  /** Deterministic HMAC for exact-match lookups of a normalised value (phone, NIK) within a field kind. */
  blindIndex(value: string, kind: string): string {
    return crypto.createHmac("sha256", this.ring.blindIndexKey).update(`${kind}:${value}`).digest("base64url");
  }
}
