// `teduh backup <file>` and `teduh restore <file> [--force]`: the embedded PGlite data directory to and from a .tar.gz.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { verifyAuditChain } from "../platform/audit/verify.js";
import { openDatabase } from "../platform/db/connection.js";
import { DataDirInUseError, lockDataDir } from "../platform/db/data-dir-lock.js";
import { migrate } from "../platform/db/migrate.js";
import type { Config } from "../server/config.js";

const say = (text: string) => process.stdout.write(`${text}\n`);
const complain = (text: string) => process.stderr.write(`Teduh: ${text}\n`);

function keysWarning(config: Config): string {
  return (
    `PENTING: berkas kunci ${path.join(config.dataDir, "keys.json")} TIDAK termasuk dalam cadangan. Cadangkan terpisah dan simpan di tempat lain: ` +
    "tanpa kunci itu data terenkripsi tidak dapat dibaca, dan siapa pun yang memegang cadangan beserta kuncinya dapat membacanya.\n" +
    `IMPORTANT: the key file ${path.join(config.dataDir, "keys.json")} is NOT inside the backup. Back it up separately and keep it apart: ` +
    "without it the encrypted fields cannot be read, and whoever holds both the backup and the key can read them."
  );
}

/** With DATABASE_URL the server's own tools do the job: exact commands, exit code 2. */
function postgresGuidance(): number {
  complain(
    "cadangan PostgreSQL dibuat dengan pg_dump dan dipulihkan dengan pg_restore / with DATABASE_URL, back up with pg_dump and restore with pg_restore:\n\n" +
      '  pg_dump --format=custom --no-owner --file=teduh-$(date +%Y%m%d-%H%M).dump "$DATABASE_URL"\n\n' +
      "  Pulihkan ke basis data kosong / restore into an empty database (then point DATABASE_URL at it):\n" +
      "  createdb teduh_restored\n" +
      '  pg_restore --no-owner --exit-on-error --dbname="postgres://USER@HOST:5432/teduh_restored" teduh-YYYYMMDD-HHMM.dump\n\n' +
      "  Atau timpa basis data yang ada (server dihentikan dulu) / or overwrite the existing database (stop every server first):\n" +
      '  pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="$DATABASE_URL" teduh-YYYYMMDD-HHMM.dump\n\n' +
      "TEDUH_ENCRYPTION_KEY dan TEDUH_BLIND_INDEX_KEY tidak ada di dalam dump: simpan terpisah / are not inside the dump: keep them separately.",
  );
  return 2;
}

/** Takes the data directory's lock, or explains that the server must be stopped first. */
function lockOrExplain(config: Config): (() => void) | null {
  try {
    return lockDataDir(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    complain(
      `direktori data ${config.dataDir} sedang dipakai oleh proses Teduh lain (pid ${error.pid}). Hentikan server dulu, lalu ulangi.\n` +
        `The data directory ${config.dataDir} is in use by another Teduh process (pid ${error.pid}). Stop the server first, then try again.`,
    );
    return null;
  }
}

const hasDatabase = (pgdata: string) => fs.existsSync(path.join(pgdata, "PG_VERSION"));

export async function backupCommand(config: Config, file: string | undefined): Promise<number> {
  if (!file) return usage("backup <berkas.tar.gz / file.tar.gz>");
  if (config.databaseUrl) return postgresGuidance();
  const pgdata = path.join(config.dataDir, "pgdata");
  if (!hasDatabase(pgdata)) {
    complain(`tidak ada basis data di / there is no database in ${pgdata}`);
    return 1;
  }
  const release = lockOrExplain(config);
  if (!release) return 1;
  const target = path.resolve(file);
  if (!fs.existsSync(path.dirname(target))) {
    complain(`folder tidak ada / no such folder: ${path.dirname(target)}`);
    return 1;
  }
  const partial = `${target}.partial`;
  try {
    const client = new PGlite(pgdata);
    try {
      await client.waitReady;
      await client.query("CHECKPOINT");
      const dump = await client.dumpDataDir("gzip");
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      fs.renameSync(partial, target);
    } finally {
      await client.close();
    }
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    release();
  }
  say(`Cadangan ditulis / backup written: ${target} (${Math.round(fs.statSync(target).size / 1024)} KiB)`);
  say(keysWarning(config));
  return 0;
}

export async function restoreCommand(config: Config, file: string | undefined, force: boolean): Promise<number> {
  if (!file) return usage("restore <berkas.tar.gz / file.tar.gz> [--force]");
  if (config.databaseUrl) return postgresGuidance();
  const source = path.resolve(file);
  if (!fs.existsSync(source)) {
    complain(`berkas tidak ditemukan / file not found: ${source}`);
    return 1;
  }
  const pgdata = path.join(config.dataDir, "pgdata");
  const release = lockOrExplain(config);
  if (!release) return 1;
  let aside: string | null = null;
  try {
    if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) {
      if (!force) {
        complain(
          `${pgdata} sudah berisi basis data; tambahkan --force untuk menggantinya (yang lama disimpan di samping).\n` +
            `${pgdata} already holds a database; add --force to replace it (the old one is moved aside).`,
        );
        return 1;
      }
      aside = `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(pgdata, aside);
    }
    try {
      const client = new PGlite(pgdata, { loadDataDir: new Blob([fs.readFileSync(source)]) });
      await client.waitReady;
      await client.close();
    } catch (error) {
      // Put things back as they were: nothing half-restored is left behind.
      fs.rmSync(pgdata, { recursive: true, force: true });
      if (aside) fs.renameSync(aside, pgdata);
      complain(`pemulihan gagal, basis data lama dikembalikan / restore failed, the previous database is back in place`);
      throw error;
    }
  } finally {
    release();
  }
  // Migrate (a backup from an older version) and check the audit chain of what came back.
  const database = await openDatabase({ dataDir: config.dataDir });
  let intact: boolean;
  try {
    const applied = await migrate(database);
    const chain = await verifyAuditChain(database.db);
    intact = chain.intact;
    say(`Dipulihkan / restored: ${source} -> ${pgdata}; ${applied} migrasi diterapkan / migrations applied`);
    if (aside) say(`Basis data sebelumnya disimpan di / the previous database was moved to: ${aside}`);
    say(
      chain.intact
        ? `Rantai audit utuh / audit chain intact: ${chain.checked} events`
        : `PERINGATAN / WARNING: rantai audit rusak / audit chain broken at event #${chain.firstBrokenSeq} (${chain.reason})`,
    );
  } finally {
    await database.close();
  }
  if (!fs.existsSync(path.join(config.dataDir, "keys.json"))) {
    say(`Belum ada keys.json: salin kunci yang cocok dengan cadangan ini ke ${config.dataDir} SEBELUM menjalankan server.`);
    say(`No keys.json yet: copy the key file that matches this backup into ${config.dataDir} BEFORE starting the server.`);
  }
  say(keysWarning(config));
  return intact ? 0 : 3;
}

function usage(form: string): number {
  complain(`pemakaian / usage: teduh ${form}`);
  return 2;
}
