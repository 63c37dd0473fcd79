// The teduh command line: serve | migrate | demo | backup | restore | verify-audit.
import cluster from "node:cluster";
import { DataDirInUseError } from "./platform/db/data-dir-lock.js";
import { loadConfig } from "./server/config.js";

const USAGE = `Pemakaian / usage: teduh <perintah>
  serve               jalankan server / run the server (default)
  migrate             terapkan migrasi / apply database migrations
  demo                isi basis data baru dengan data contoh / fill a fresh database with a demo
  backup <file>       cadangkan basis data tertanam / back up the embedded database
  restore <file>      pulihkan cadangan / restore a backup (server must be stopped)
  verify-audit        periksa rantai log audit / verify the audit log's hash chain`;

async function main(argv: string[]): Promise<number> {
  const [command = "serve", ...args] = argv;
  const config = loadConfig();
  switch (command) {
    case "serve":
      if (config.workers > 1 && cluster.isPrimary) await (await import("./server/supervise.js")).supervise(config);
      else await (await import("./server/serve.js")).serve(config);
      return -1;
    case "migrate":
      return (await import("./cli/migrate-command.js")).migrateCommand(config);
    case "demo":
      return (await import("./cli/demo-command.js")).demoCommand(config);
    case "backup":
      return (await import("./cli/backup-command.js")).backupCommand(config, args[0]);
    case "restore":
      return (await import("./cli/backup-command.js")).restoreCommand(config, args[0], args.includes("--force"));
    case "verify-audit":
      return (await import("./cli/verify-audit-command.js")).verifyAuditCommand(config);
    case "help":
    case "--help":
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof DataDirInUseError) process.stderr.write(`Teduh: ${error.message}\n`);
    else process.stderr.write(`Teduh: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
