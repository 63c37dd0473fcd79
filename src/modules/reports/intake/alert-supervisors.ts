// Sends the unit's supervisors a message (e-mail, WhatsApp or SMS, as configured) for each new complaint with someone in danger now.
import { sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { type Lang, translate } from "../../../platform/i18n/translate.js";
import { enqueueMessage } from "../../../platform/messaging/enqueue-message.js";
import { configuredKinds, type TransportKind } from "../../../platform/messaging/transport.js";

/** Complaints taken per call; the worker calls again while full batches come back. */
export const ALERT_BATCH = 20;

interface Due {
  id: string;
  unit_id: string;
  status: string;
}
interface Supervisor {
  unit_id: string;
  email: string | null;
  phone: string | null;
  locale: string;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Where one supervisor is reached: e-mail, and one phone message (WhatsApp before SMS), each only if configured. */
function routesOf(s: Supervisor, kinds: Record<TransportKind, boolean>): { transport: TransportKind; to: string }[] {
  const routes: { transport: TransportKind; to: string }[] = [];
  if (s.email && kinds.email) routes.push({ transport: "email", to: s.email });
  const phoneKind = kinds.whatsapp ? "whatsapp" : kinds.sms ? "sms" : null;
  if (s.phone && phoneKind) routes.push({ transport: phoneKind, to: s.phone });
  return routes;
}

/** Messages for the complaints of one unit: the link to the complaint only, never its category, names or story. */
async function alertUnit(ctx: AppContext, tx: Tx, report: Due, supervisors: Supervisor[]): Promise<number> {
  const kinds = configuredKinds(ctx.config);
  let queued = 0;
  for (const supervisor of supervisors.filter((s) => s.unit_id === report.unit_id)) {
    const lang: Lang = supervisor.locale === "en" ? "en" : "id";
    const url = `${ctx.config.publicUrl}/console/intake/reports/${report.id}`;
    for (const route of routesOf(supervisor, kinds)) {
      await enqueueMessage(tx, ctx.cipher, {
        unitId: report.unit_id,
        transport: route.transport,
        recipient: route.to,
        subject: route.transport === "email" ? translate(lang, "intake.danger_alert.subject") : null,
        body: translate(lang, "intake.danger_alert.message", { url }),
        related: { type: "report", id: report.id },
      });
      queued++;
    }
  }
  return queued;
}

/**
 * Takes up to ALERT_BATCH complaints in danger not yet alerted (a complaint another process is taking is skipped, not
 * waited for), marks them, and queues the messages in the same transaction: each complaint alerts once. A complaint
 * an officer already took into intake is marked without messages. Returns how many complaints were taken.
 */
export async function alertSupervisorsOfDanger(ctx: AppContext): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const due = rowsOf<Due>(
      await tx.execute(sql`
        UPDATE reports SET danger_alerted_at = now()
         WHERE id IN (SELECT id FROM reports WHERE in_danger AND danger_alerted_at IS NULL
                       ORDER BY created_at LIMIT ${ALERT_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, unit_id, status`),
    );
    const waiting = due.filter((r) => r.status === "received");
    if (waiting.length === 0) return due.length;
    const units = [...new Set(waiting.map((r) => r.unit_id))];
    const supervisors = rowsOf<Supervisor>(
      await tx.execute(sql`
        SELECT DISTINCT g.unit_id, u.email, u.phone, u.locale, u.id
          FROM role_grants g JOIN users u ON u.id = g.user_id
         WHERE g.role = 'supervisor' AND NOT u.disabled
           AND g.unit_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(units)}::jsonb)::uuid)
         ORDER BY u.id`),
    );
    for (const report of waiting) {
      const messages = await alertUnit(ctx, tx, report, supervisors);
      await recordAudit(tx, {
        action: "report.danger_alert_queued",
        actorId: null,
        unitId: report.unit_id,
        targetType: "report",
        targetId: report.id,
        details: { messages },
      });
    }
    return due.length;
  });
}
