// At start: seals the disability types stored in plain text before migration 0013, in batches, and empties the plain column.
import { sql } from "drizzle-orm";
import type { FieldCipher } from "../../platform/crypto/field-encryption.js";
import type { Database } from "../../platform/db/connection.js";
import { seal } from "./identity.js";

const BATCH = 500;

/**
 * Seals every row's plain `victim_disability_type` into `victim_disability_type_enc`, a batch per transaction; returns how
 * many. Idempotent (a sealed row has no plain value left), and safe when several processes start together: each batch
 * takes rows no other process holds (SKIP LOCKED). An intake edit meanwhile writes the sealed value and empties the plain
 * one, so whichever of the two commits last, the officer's value stays. The report's version is left as it is: the
 * content is the same.
 */
export async function sealPlainDisabilityTypes(database: Database, cipher: FieldCipher): Promise<number> {
  let sealed = 0;
  for (;;) {
    const done = await database.db.transaction(async (tx) => {
      const found = await tx.execute(sql`
        SELECT id, victim_disability_type AS plain FROM reports
        WHERE victim_disability_type IS NOT NULL
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`);
      const rows = (found as unknown as { rows: { id: string; plain: string }[] }).rows;
      if (rows.length === 0) return 0;
      const values = rows.map((r) => ({ id: r.id, enc: seal(cipher, "victim_disability_type", r.plain) }));
      await tx.execute(sql`
        UPDATE reports SET victim_disability_type_enc = v.enc, victim_disability_type = NULL
        FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id uuid, enc text)
        WHERE reports.id = v.id`);
      return rows.length;
    });
    if (done === 0) return sealed;
    sealed += done;
  }
}
