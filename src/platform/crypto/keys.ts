// Loads the key ring: from TEDUH_ENCRYPTION_KEY et al., or in embedded mode from a key file made on first start.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type KeyRing, keyId, parseKey } from "./field-encryption.js";

interface KeyFile {
  encryptionKeys: string[];
  blindIndexKey: string;
}

/**
 * Environment: TEDUH_ENCRYPTION_KEY (active, base64 32 bytes), TEDUH_ENCRYPTION_OLD_KEYS (comma-separated,
 * still decrypt), TEDUH_BLIND_INDEX_KEY. Without them, embedded mode uses `<dataDir>/keys.json`
 * (first key active), creating it on first start; PostgreSQL mode requires the environment.
 */
export function loadKeyRing(env: NodeJS.ProcessEnv, embeddedDataDir: string | undefined): KeyRing {
  if (env.TEDUH_ENCRYPTION_KEY) {
    if (!env.TEDUH_BLIND_INDEX_KEY) throw new Error("TEDUH_BLIND_INDEX_KEY must be set with TEDUH_ENCRYPTION_KEY");
    const old = (env.TEDUH_ENCRYPTION_OLD_KEYS ?? "").split(",").filter((s) => s.trim());
    return ring([env.TEDUH_ENCRYPTION_KEY, ...old], env.TEDUH_BLIND_INDEX_KEY);
  }
  if (!embeddedDataDir) {
    throw new Error(
      "TEDUH_ENCRYPTION_KEY and TEDUH_BLIND_INDEX_KEY must be set when DATABASE_URL is used (openssl rand -base64 32)",
    );
  }
  const file = path.join(embeddedDataDir, "keys.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(embeddedDataDir, { recursive: true, mode: 0o700 });
    const fresh: KeyFile = {
      encryptionKeys: [crypto.randomBytes(32).toString("base64")],
      blindIndexKey: crypto.randomBytes(32).toString("base64"),
    };
    fs.writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  }
  const content = JSON.parse(fs.readFileSync(file, "utf8")) as KeyFile;
  return ring(content.encryptionKeys, content.blindIndexKey);
}

function ring(encryptionKeys: string[], blindIndexKey: string): KeyRing {
  const keys = new Map<string, Buffer>();
  const parsed = encryptionKeys.map((k, i) => parseKey(k, i === 0 ? "TEDUH_ENCRYPTION_KEY" : "an old encryption key"));
  for (const key of parsed) keys.set(keyId(key), key);
  return { activeKeyId: keyId(parsed[0] as Buffer), keys, blindIndexKey: parseKey(blindIndexKey, "TEDUH_BLIND_INDEX_KEY") };
}
