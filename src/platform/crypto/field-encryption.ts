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

/** Fresh random bytes for IVs, drawn from the CSPRNG 4 KiB at a time (one system call per ~340 values, not per value). */
class RandomPool {
  private pool = Buffer.alloc(0);
  private used = 0;

  take(size: number): Buffer {
    if (this.used + size > this.pool.length) {
      this.pool = crypto.randomFillSync(Buffer.allocUnsafe(4096));
      this.used = 0;
    }
    const bytes = this.pool.subarray(this.used, this.used + size);
    this.used += size;
    return bytes;
  }
}

export class FieldCipher {
  private readonly random = new RandomPool();
  /** The additional authenticated data of each context, made once. */
  private readonly aad = new Map<string, Buffer>();
  /** The keys as KeyObjects, made once (a raw Buffer key is imported again on every call). */
  private readonly keyObjects = new Map<string, crypto.KeyObject>();
  private readonly blindKey: crypto.KeyObject;

  constructor(private readonly ring: KeyRing) {
    for (const [id, key] of ring.keys) this.keyObjects.set(id, crypto.createSecretKey(key));
    this.blindKey = crypto.createSecretKey(ring.blindIndexKey);
  }

  private aadOf(context: string): Buffer {
    let bytes = this.aad.get(context);
    if (!bytes) {
      bytes = Buffer.from(context);
      // Contexts are a fixed vocabulary of field names; a bound keeps a caller's mistake from growing the map.
      if (this.aad.size < 1000) this.aad.set(context, bytes);
    }
    return bytes;
  }

  /** `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url); `context` binds the value to its field. */
  encrypt(plaintext: string, context: string): string {
    const key = this.keyObjects.get(this.ring.activeKeyId);
    if (!key) throw new Error("active encryption key missing");
    // Each IV is 12 bytes never handed out before: a slice of the pool, which is never reused.
    const iv = this.random.take(12);
    const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(this.aadOf(context));
    const data = cipher.update(plaintext, "utf8");
    cipher.final(); // GCM is a stream mode: final() only computes the tag
    const tag = cipher.getAuthTag();
    return `v1.${this.ring.activeKeyId}.${iv.toString("base64url")}.${tag.toString("base64url")}.${data.toString("base64url")}`;
  }

  decrypt(envelope: string, context: string): string {
    const [version, kid, iv, tag, data] = envelope.split(".");
    if (version !== "v1" || !kid || iv === undefined || tag === undefined || data === undefined) {
      throw new Error("not an encrypted field value");
    }
    const key = this.keyObjects.get(kid);
    if (!key) throw new Error(`no key with id ${kid} to decrypt this value`);
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(this.aadOf(context));
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
    return crypto.createHmac("sha256", this.blindKey).update(`${kind}:${value}`).digest("base64url");
  }
}
