// Sends the unit's supervisors a message (e-mail, WhatsApp or SMS, as configured) about a complaint that cannot wait:
// a new public report with someone in danger now, or an outreach visit that found the victim needs emergency help.
import { and, asc, countDistinct, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/record.js";
import type { Tx } from "../../../platform/db/connection.js";
import type { AppContext } from "../../../platform/http/context.js";
import { type Lang, translate } from "../../../platform/i18n/translate.js";
import { enqueueMessage } from "../../../platform/messaging/enqueue-message.js";
import { configuredKinds, type TransportKind } from "../../../platform/messaging/transport.js";
import { roleGrants, users } from "../../people/schema.js";
import { outboxMessages, reports } from "../schema.js";

/** Complaints taken per call; the worker calls again while full batches come back. */
export const ALERT_BATCH = 20;

/** Why the supervisors are alerted: it names the message they get. */
export type AlertReason = "danger" | "emergency";

interface Complaint {
  id: string;
  unitId: string;
}
interface Supervisor {
  unitId: string | null;
  email: string | null;
  phone: string | null;
  locale: string;
}

/** Where one supervisor is reached: e-mail, and one phone message (WhatsApp before SMS), each only if configured. */
function routesOf(s: Supervisor, kinds: Record<TransportKind, boolean>): { transport: TransportKind; to: string }[] {
  const routes: { transport: TransportKind; to: string }[] = [];
  if (s.email && kinds.email) routes.push({ transport: "email", to: s.email });
  const phoneKind = kinds.whatsapp ? "whatsapp" : kinds.sms ? "sms" : null;
  if (s.phone && phoneKind) routes.push({ transport: phoneKind, to: s.phone });
  return routes;
}

/**
 * Queues the alerts of these complaints in the caller's transaction, and audits each: the link to the complaint only,
 * never its category, names or story. Supervisors without a configured way to reach them get nothing here (the
 * console's notice remains).
 */
export async function queueSupervisorAlerts(
  ctx: AppContext,
  tx: Tx,
  complaints: Complaint[],
  reason: AlertReason,
): Promise<void> {
  if (complaints.length === 0) return;
  const units = [...new Set(complaints.map((r) => r.unitId))];
  const supervisors: Supervisor[] = await tx
    .selectDistinct({ unitId: roleGrants.unitId, email: users.email, phone: users.phone, locale: users.locale, id: users.id })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.role, "supervisor"), eq(users.disabled, false), inArray(roleGrants.unitId, units)))
    .orderBy(asc(users.id));
  const kinds = configuredKinds(ctx.config);
  const sentThisHour = await alertedThisHour(tx, units);
  for (const complaint of complaints) {
    let messages = 0;
    // A flood of reports (or of false ones) must not flood the supervisors' phones: past the unit's hourly number of
    // alerted complaints, the console's notice alone tells them.
    const capped = (sentThisHour.get(complaint.unitId) ?? 0) >= ctx.config.supervisorAlertsPerHour;
    const url = `${ctx.config.publicUrl}/console/intake/reports/${complaint.id}`;
    for (const supervisor of capped ? [] : supervisors.filter((s) => s.unitId === complaint.unitId)) {
      const lang: Lang = supervisor.locale === "en" ? "en" : "id";
      for (const route of routesOf(supervisor, kinds)) {
        await enqueueMessage(tx, ctx.cipher, {
          unitId: complaint.unitId,
          transport: route.transport,
          recipient: route.to,
          subject: route.transport === "email" ? translate(lang, `intake.${reason}_alert.subject`) : null,
          body: translate(lang, `intake.${reason}_alert.message`, { url }),
          related: { type: "report", id: complaint.id },
        });
        messages++;
      }
    }
    await recordAudit(tx, {
      action: "report.supervisors_alerted",
      actorId: null,
      unitId: complaint.unitId,
      targetType: "report",
      targetId: complaint.id,
      details: { reason, messages, ...(capped ? { capped: true } : {}) },
    });
    if (messages > 0) sentThisHour.set(complaint.unitId, (sentThisHour.get(complaint.unitId) ?? 0) + 1);
  }
}

/** How many complaints of each unit had alerts queued in the last hour. */
async function alertedThisHour(tx: Tx, units: string[]): Promise<Map<string, number>> {
  const counted = await tx
    .select({ unitId: outboxMessages.unitId, n: countDistinct(outboxMessages.relatedId) })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.relatedType, "report"),
        gt(outboxMessages.createdAt, sql`now() - interval '1 hour'`),
        inArray(outboxMessages.unitId, units),
      ),
    )
    .groupBy(outboxMessages.unitId);
  return new Map(counted.map((r) => [r.unitId as string, Number(r.n)]));
}

/**
 * Takes up to ALERT_BATCH public reports in danger not yet alerted (one another process is taking is skipped, not waited
 * for), marks them and queues their alerts in the same transaction: each report alerts once. A report an officer
 * already took into intake is marked without alerting. Returns how many reports were taken.
 */
export async function alertSupervisorsOfDanger(ctx: AppContext): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const taken = tx
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.inDanger, true), isNull(reports.dangerAlertedAt)))
      .orderBy(asc(reports.createdAt))
      .limit(ALERT_BATCH)
      .for("update", { skipLocked: true });
    const due = await tx
      .update(reports)
      .set({ dangerAlertedAt: sql`now()` })
      .where(inArray(reports.id, taken))
      .returning({ id: reports.id, unitId: reports.unitId, status: reports.status, createdAt: reports.createdAt });
    // Oldest first (RETURNING keeps no order): past the hourly number, the latest go to the console alone.
    const waiting = due.filter((r) => r.status === "received").sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    await queueSupervisorAlerts(ctx, tx, waiting, "danger");
    return due.length;
  });
}
