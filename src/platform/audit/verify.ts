// Walks the audit chain from the first event and reports whether it is intact or where it breaks.
import { asc, gt } from "drizzle-orm";
import type { Db } from "../db/connection.js";
import { eventHash, GENESIS_HASH } from "./chain.js";
import { auditEvents } from "./schema.js";

export interface ChainVerification {
  intact: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  reason: "hash_mismatch" | "link_mismatch" | "sequence_gap" | null;
}

const BATCH = 5000;

export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      const broken = (reason: ChainVerification["reason"]) => ({ intact: false, checked, firstBrokenSeq: row.seq, reason });
      if (row.seq !== expectedSeq) return { ...broken("sequence_gap"), firstBrokenSeq: expectedSeq };
      if (row.prevHash !== prevHash) return broken("link_mismatch");
      if (eventHash(row, prevHash) !== row.hash) return broken("hash_mismatch");
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) return { intact: true, checked, firstBrokenSeq: null, reason: null };
  }
}
