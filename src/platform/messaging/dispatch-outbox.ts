// Sends due outbox messages: claims them with FOR UPDATE SKIP LOCKED (safe with many processes), sends, retries with backoff.
import { sql } from "drizzle-orm";
import { unseal } from "../../modules/reports/identity.js";
import { recordAudit } from "../audit/record.js";
import type { Db } from "../db/connection.js";
import type { AppContext } from "../http/context.js";
import { safeErrorCode, type TransportKind, type Transports } from "./transport.js";

export interface DispatchOptions {
  transports: Transports;
  maxAttempts: number;
  /** First retry after this many seconds, doubling each time (capped at six hours). */
  retrySeconds: number;
  batch?: number;
  /** How long a claimed message stays with this dispatcher before another may take it over (a crash). */
  leaseSeconds?: number;
}

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

interface ClaimedRow {
  id: string;
  unit_id: string | null;
  transport: TransportKind;
  recipient_enc: string;
  subject_enc: string | null;
  body_enc: string;
  attempts: number;
  related_type: string | null;
  related_id: string | null;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Takes due messages for this dispatcher only: a row locked by another dispatcher is skipped, not waited for. */
async function claimDue(db: Db, batch: number, leaseSeconds: number): Promise<ClaimedRow[]> {
  const result = await db.execute(sql`
    UPDATE outbox_messages SET status = 'sending', attempts = attempts + 1,
           next_attempt_at = now() + make_interval(secs => ${leaseSeconds})
     WHERE id IN (SELECT id FROM outbox_messages
                   WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()
                   ORDER BY next_attempt_at LIMIT ${batch}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, unit_id, transport, recipient_enc, subject_enc, body_enc, attempts, related_type, related_id`);
  return rowsOf<ClaimedRow>(result);
}

async function markSent(db: Db, row: ClaimedRow): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE outbox_messages SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = ${row.id}`);
    if (row.related_type === "verification_link" && row.related_id) {
      const linked = await tx.execute(
        sql`UPDATE verification_links SET sent_at = now() WHERE id = ${row.related_id} AND sent_at IS NULL RETURNING id`,
      );
      if (rowsOf(linked).length) {
        await recordAudit(tx, {
          action: "verification.link_sent",
          actorId: null,
          unitId: row.unit_id,
          targetType: "verification_link",
          targetId: row.related_id,
          details: { channel: row.transport, messageId: row.id },
        });
      }
    }
    await recordAudit(tx, {
      action: "outbox.sent",
      actorId: null,
      unitId: row.unit_id,
      targetType: "outbox_message",
      targetId: row.id,
      details: { transport: row.transport, attempts: row.attempts },
    });
  });
}

async function markFailure(db: Db, row: ClaimedRow, code: string, options: DispatchOptions): Promise<"retried" | "failed"> {
  if (row.attempts >= options.maxAttempts) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE outbox_messages SET status = 'failed', last_error = ${code} WHERE id = ${row.id}`);
      await recordAudit(tx, {
        action: "outbox.failed",
        actorId: null,
        unitId: row.unit_id,
        targetType: "outbox_message",
        targetId: row.id,
        details: { transport: row.transport, attempts: row.attempts, error: code },
      });
    });
    return "failed";
  }
  const delay = Math.min(options.retrySeconds * 2 ** (row.attempts - 1), 6 * 3600);
  await db.execute(sql`
    UPDATE outbox_messages SET status = 'pending', last_error = ${code},
           next_attempt_at = now() + make_interval(secs => ${delay})
     WHERE id = ${row.id}`);
  return "retried";
}

/** One sweep: claims up to `batch` due messages and tries each once. */
export async function dispatchOutbox(ctx: AppContext, options: DispatchOptions): Promise<DispatchResult> {
  const db = ctx.database.db;
  const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
  const claimed = await claimDue(db, options.batch ?? 20, options.leaseSeconds ?? 300);
  for (const row of claimed) {
    const transport = options.transports[row.transport];
    try {
      if (!transport) throw Object.assign(new Error("no transport"), { code: "NO_TRANSPORT" });
      await transport.send({
        to: unseal(ctx.cipher, "outbox_recipient", row.recipient_enc),
        subject: unseal(ctx.cipher, "outbox_subject", row.subject_enc),
        text: unseal(ctx.cipher, "outbox_body", row.body_enc),
      });
    } catch (error) {
      result[await markFailure(db, row, safeErrorCode(error), options)]++;
      continue;
    }
    await markSent(db, row);
    result.sent++;
  }
  return result;
}
