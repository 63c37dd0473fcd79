// The server's build (dist/server: its TypeScript turned into JavaScript once) and whether it still matches the sources.
// `node bin/teduh.js` runs the build when it matches, and the sources through tsx otherwise: loading about 370 modules
// through tsx's hooks took about a second of every start (docs/benchmarks.md).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
const SRC = path.join(ROOT, "src");
export const BUILD_DIR = path.join(ROOT, "dist/server");
const STAMP = path.join(BUILD_DIR, ".sources");
/** Browser code (built by Vite into dist/console) and tests are not part of the server. */
const excluded = (rel) => rel.startsWith(`web${path.sep}console${path.sep}`) || rel.endsWith(".test.ts");

/** The server's source files, relative to src/. */
function sources(dir = SRC, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(SRC, full);
    if (entry.isDirectory()) {
      if (!excluded(`${rel}${path.sep}`)) sources(full, out);
    } else if (/\.(ts|js)$/.test(entry.name) && !excluded(rel)) out.push(rel);
  }
  return out;
}

/** What the build was made from: every source file's name, size and modification time. */
function stampOf(files) {
  const hash = crypto.createHash("sha256");
  for (const rel of [...files].sort()) {
    const stat = fs.statSync(path.join(SRC, rel));
    hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** The build's entry point when it was made from the sources as they are now; null otherwise (missing, or stale). */
export function currentBuild() {
  try {
    const stamp = fs.readFileSync(STAMP, "utf8");
    return stamp === stampOf(sources()) ? path.join(BUILD_DIR, "main.js") : null;
  } catch {
    return null;
  }
}

/** Builds dist/server from the sources (each file on its own, no bundling) unless the build is current. */
export async function buildServer({ force = false } = {}) {
  if (!force && currentBuild()) return false;
  const { build } = await import("esbuild");
  const files = sources();
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  await build({
    entryPoints: files.map((rel) => path.join(SRC, rel)),
    outbase: SRC,
    outdir: BUILD_DIR,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    tsconfig: path.join(ROOT, "tsconfig.json"),
  });
  // Written last: a build cut short is never taken for a current one.
  fs.writeFileSync(STAMP, stampOf(files));
  return true;
}

if (process.argv[1] === import.meta.filename) {
  const force = process.argv.includes("--force");
  try {
    if (await buildServer({ force })) console.log("Teduh: server dibangun / server built (dist/server)");
  } catch (error) {
    // Before `npm start` a failed build only costs start-up time: the sources run through tsx instead.
    if (force) throw error;
    console.warn(
      `Teduh: server tidak dapat dibangun, berjalan dari sumber / could not build the server, running from the sources: ${error.message}`,
    );
  }
}
