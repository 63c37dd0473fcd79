// Bytes of the first load of /lapor (the page and every resource it references), compressed as a phone would receive them.
import crypto from "node:crypto";
import zlib from "node:zlib";
import { makeUnit } from "../src/demo/factories.js";
import { FieldCipher, keyId } from "../src/platform/crypto/field-encryption.js";
import { openDatabase } from "../src/platform/db/connection.js";
import { migrate } from "../src/platform/db/migrate.js";
import type { AppContext } from "../src/platform/http/context.js";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";

const TARGET = 30 * 1024;

export interface LaporBytes {
  /** Per encoding: the sum over the page and its resources of the bytes on the wire. */
  rows: { encoding: string; bytes: number; resources: number }[];
  uncompressed: number;
}

function decode(encoding: string | undefined, body: Buffer): Buffer {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  return body;
}

export async function benchLaporBytes(): Promise<LaporBytes> {
  const database = await openDatabase({ memory: true });
  await migrate(database);
  // /lapor shows its form once a unit is active (without one it says it takes no reports yet).
  await makeUnit(database.db);
  const key = crypto.randomBytes(32);
  const ctx: AppContext = {
    config: loadConfig({}, { logLevel: "silent" }),
    database,
    cipher: new FieldCipher({
      activeKeyId: keyId(key),
      keys: new Map([[keyId(key), key]]),
      blindIndexKey: crypto.randomBytes(32),
    }),
  } as AppContext;
  const app = await buildApp(ctx, { logger: false });
  try {
    const rows: LaporBytes["rows"] = [];
    let uncompressed = 0;
    for (const encoding of ["gzip", "br"]) {
      const page = await app.inject({ method: "GET", url: "/lapor", headers: { "accept-encoding": encoding } });
      const html = decode(page.headers["content-encoding"] as string | undefined, page.rawPayload).toString("utf8");
      const refs = [...html.matchAll(/<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]+)"/g)]
        .map((m) => m[1] as string)
        .filter((r) => !r.startsWith("data:"));
      let bytes = page.rawPayload.length;
      let plain = Buffer.byteLength(html);
      for (const ref of refs) {
        const res = await app.inject({ method: "GET", url: ref, headers: { "accept-encoding": encoding } });
        bytes += res.rawPayload.length;
        plain += decode(res.headers["content-encoding"] as string | undefined, res.rawPayload).length;
      }
      rows.push({ encoding, bytes, resources: refs.length });
      uncompressed = plain;
    }
    return { rows, uncompressed };
  } finally {
    await app.close();
    await database.close();
  }
}

export const LAPOR_BYTES_HEAD = ["first load of /lapor", "bytes", "resources besides the page", "target"];

export function laporBytesRows(result: LaporBytes): string[][] {
  return [
    ...result.rows.map((r) => [
      `${r.encoding} (page + resources)`,
      `${r.bytes} B (${(r.bytes / 1024).toFixed(1)} KiB)`,
      String(r.resources),
      r.bytes <= TARGET ? "<= 30 KiB: met" : "<= 30 KiB: **missed**",
    ]),
    ["uncompressed", `${result.uncompressed} B`, "", ""],
  ];
}

export function laporBytesMarkdown(result: LaporBytes): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    "",
    "## First load of /lapor",
    "",
    "The public report form as a phone receives it: `GET /lapor` with `Accept-Encoding` gzip or br, plus every stylesheet,",
    "script, icon and image the page references (CSS and the progressive script are inline; the icon is a data: URL), summed.",
    "",
    row(LAPOR_BYTES_HEAD),
    row(LAPOR_BYTES_HEAD.map(() => "---")),
    ...laporBytesRows(result).map(row),
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("lapor-bytes.ts")) {
  const { plainTable } = await import("./report.js");
  const result = await benchLaporBytes();
  process.stdout.write(`${plainTable(LAPOR_BYTES_HEAD, laporBytesRows(result))}\n`);
}
