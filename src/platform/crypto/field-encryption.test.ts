// Field encryption: round trips, key ids for rotation, tamper detection, blind indexes.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FieldCipher, keyId } from "./field-encryption.js";
import { loadKeyRing } from "./keys.js";

const key = () => crypto.randomBytes(32);
const ring = (active: Buffer, ...old: Buffer[]) => ({
  activeKeyId: keyId(active),
  keys: new Map([active, ...old].map((k) => [keyId(k), k])),
  blindIndexKey: Buffer.alloc(32, 7),
});

describe("FieldCipher", () => {
  it("encrypts to a versioned envelope with the key id and decrypts back", () => {
    const k = key();
    const cipher = new FieldCipher(ring(k));
    const sealed = cipher.encrypt("Siti Rahayu", "victims.name");
    expect(sealed.startsWith(`v1.${keyId(k)}.`)).toBe(true);
    expect(sealed).not.toContain("Siti");
    expect(cipher.decrypt(sealed, "victims.name")).toBe("Siti Rahayu");
  });

  it("the same value encrypts differently each time", () => {
    const cipher = new FieldCipher(ring(key()));
    expect(cipher.encrypt("3509010101010001", "nik")).not.toBe(cipher.encrypt("3509010101010001", "nik"));
  });

  it("a value moved to another field, or altered, does not decrypt", () => {
    const cipher = new FieldCipher(ring(key()));
    const sealed = cipher.encrypt("secret", "a");
    expect(() => cipher.decrypt(sealed, "b")).toThrow();
    const parts = sealed.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => cipher.decrypt(parts.join("."), "a")).toThrow();
  });

  it("after rotation, old values still decrypt and rotate() re-encrypts them under the new key", () => {
    const oldKey = key();
    const newKey = key();
    const sealedOld = new FieldCipher(ring(oldKey)).encrypt("Dewi", "name");
    const rotated = new FieldCipher(ring(newKey, oldKey));
    expect(rotated.decrypt(sealedOld, "name")).toBe("Dewi");
    expect(rotated.needsRotation(sealedOld)).toBe(true);
    const fresh = rotated.rotate(sealedOld, "name");
    expect(FieldCipher.keyIdOf(fresh)).toBe(keyId(newKey));
    expect(new FieldCipher(ring(newKey)).decrypt(fresh, "name")).toBe("Dewi");
  });

  it("blind index: equal for equal values of a kind, different across kinds and keys", () => {
    const cipher = new FieldCipher(ring(key()));
    expect(cipher.blindIndex("081234567890", "phone")).toBe(cipher.blindIndex("081234567890", "phone"));
    expect(cipher.blindIndex("081234567890", "phone")).not.toBe(cipher.blindIndex("081234567890", "nik"));
    const other = new FieldCipher({ ...ring(key()), blindIndexKey: Buffer.alloc(32, 9) });
    expect(other.blindIndex("081234567890", "phone")).not.toBe(cipher.blindIndex("081234567890", "phone"));
  });
});

describe("key ring", () => {
  it("embedded mode creates a key file once (mode 600) and reuses it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-keys-"));
    const first = loadKeyRing({}, dir);
    const second = loadKeyRing({}, dir);
    expect(second.activeKeyId).toBe(first.activeKeyId);
    expect(fs.statSync(path.join(dir, "keys.json")).mode & 0o777).toBe(0o600);
  });

  it("PostgreSQL mode without keys in the environment refuses to start", () => {
    expect(() => loadKeyRing({}, undefined)).toThrow(/TEDUH_ENCRYPTION_KEY/);
  });

  it("environment keys: the first is active, old keys still decrypt", () => {
    const a = key();
    const b = key();
    const r = loadKeyRing(
      {
        TEDUH_ENCRYPTION_KEY: a.toString("base64"),
        TEDUH_ENCRYPTION_OLD_KEYS: b.toString("base64"),
        TEDUH_BLIND_INDEX_KEY: key().toString("base64"),
      },
      undefined,
    );
    expect(r.activeKeyId).toBe(keyId(a));
    expect(r.keys.has(keyId(b))).toBe(true);
  });

  it("a key of the wrong length is refused", () => {
    expect(() =>
      loadKeyRing({ TEDUH_ENCRYPTION_KEY: "c2hvcnQ=", TEDUH_BLIND_INDEX_KEY: key().toString("base64") }, undefined),
    ).toThrow(/32 bytes/);
  });
});
