// `teduh verify-audit`: checks the audit log's hash chain; exit code 0 when intact, 3 when tampered.
import { verifyAuditChain } from "../platform/audit/verify.js";
import { openDatabase } from "../platform/db/connection.js";
import type { Config } from "../server/config.js";

export async function verifyAuditCommand(config: Config): Promise<number> {
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    const result = await verifyAuditChain(database.db);
    if (result.intact) {
      process.stdout.write(`Rantai audit utuh / audit chain intact: ${result.checked} events checked\n`);
      return 0;
    }
    process.stdout.write(
      `RANTAI AUDIT RUSAK / AUDIT CHAIN BROKEN at event #${result.firstBrokenSeq} (${result.reason}); ${result.checked} events before it are intact\n`,
    );
    return 3;
  } finally {
    await database.close();
  }
}
