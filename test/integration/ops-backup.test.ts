// `teduh backup` and `teduh restore` as real processes: a restored data directory holds the data of the backup.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../bench/teduh-process.js";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { seedDemo } from "../../src/demo/seed-demo.js";
import { units } from "../../src/modules/people/schema.js";
import { verifyAuditChain } from "../../src/platform/audit/verify.js";
import type { AppContext } from "../../src/platform/http/context.js";
import { loadConfig } from "../../src/server/config.js";
import { openContext } from "../../src/server/context.js";

/** A fresh on-disk PGlite directory and four CLI processes: generous on 2 busy cores. */
const SLOW = 150_000;

describe("backup and restore of the embedded database", () => {
  let root: string;
  let dataDir: string;
  let archive: string;
  const config = () => loadConfig({ TEDUH_DATA_DIR: dataDir }, { scryptCost: 1024, logLevel: "silent" });
  const withContext = async <T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> => {
    const ctx = await openContext(config(), {});
    try {
      return await fn(ctx);
    } finally {
      await ctx.database.close();
    }
  };
  const unitNames = () =>
    withContext(async (ctx) => (await ctx.database.db.select({ name: units.name }).from(units)).map((u) => u.name).sort());

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-backup-"));
    dataDir = path.join(root, "data");
    archive = path.join(root, "teduh-backup.tar.gz");
    await withContext((ctx) => seedDemo(ctx));
  }, SLOW);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it(
    "backup -> change -> restore --force brings the original data back, the audit chain verifies, the old data is set aside",
    async () => {
      const before = await unitNames();
      expect(before).toEqual(["UPTD PPA Kabupaten Jember", "UPTD PPA Kota Surabaya", "UPTD PPA Provinsi Jawa Timur"]);

      const backup = await runCli(["backup", archive], { TEDUH_DATA_DIR: dataDir });
      expect(backup.code, backup.stderr).toBe(0);
      expect(fs.statSync(archive).size).toBeGreaterThan(0);
      expect(backup.stdout).toContain("keys.json is NOT inside the backup");

      await withContext(async (ctx) => {
        await ctx.database.db.transaction(async (tx) => {
          await makeUnit(tx, { name: "UPTD PPA Kabupaten Banyuwangi", regionCode: "3510" });
          await tx.update(units).set({ name: "Unit yang diganti" }).where(eq(units.name, "UPTD PPA Kota Surabaya"));
        });
        await makeUser(ctx, ctx.database.db, { roles: [] });
      });
      expect(await unitNames()).toContain("UPTD PPA Kabupaten Banyuwangi");

      const refused = await runCli(["restore", archive], { TEDUH_DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/--force/);

      const restore = await runCli(["restore", archive, "--force"], { TEDUH_DATA_DIR: dataDir });
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(/audit chain intact/);
      expect(await unitNames()).toEqual(before);
      await withContext(async (ctx) => expect((await verifyAuditChain(ctx.database.db)).intact).toBe(true));
      const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith("pgdata.before-restore-"));
      expect(aside).toHaveLength(1);
    },
    SLOW,
  );

  it("the data directory is refused while a process holds it, with a message to stop the server", async () => {
    fs.writeFileSync(path.join(dataDir, "teduh.lock"), String(process.pid));
    try {
      const res = await runCli(["backup", path.join(root, "other.tar.gz")], { TEDUH_DATA_DIR: dataDir });
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/Hentikan server dulu/);
      expect(res.stderr).toMatch(/Stop the server first/);
      expect(fs.existsSync(path.join(root, "other.tar.gz"))).toBe(false);
    } finally {
      fs.rmSync(path.join(dataDir, "teduh.lock"), { force: true });
    }
  });

  it("with DATABASE_URL: bilingual pg_dump / pg_restore guidance and exit code 2", async () => {
    const res = await runCli(["backup", archive], {
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/none",
      TEDUH_DATA_DIR: dataDir,
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/pg_dump --format=custom/);
    expect(res.stderr).toMatch(/pg_restore .*--dbname/);
    expect(res.stderr).toMatch(/gunakan|dengan/);
  });
});
