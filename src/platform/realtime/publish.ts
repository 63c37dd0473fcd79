// Publishes real-time events to every server process through PostgreSQL NOTIFY, delivered when the transaction commits.
import { sql } from "drizzle-orm";
import type { Tx } from "../db/connection.js";

/** The one NOTIFY channel; subscribers filter by unit and type. */
export const REALTIME_CHANNEL = "teduh_events";

/** An event carries ids and kinds only, never names or content: it may pass through logs and other units' processes. */
export interface RealtimeEvent {
  type: string;
  unitId: string;
  /** The record the event is about (a report, a case). */
  id?: string;
  /** Small non-identifying facts for the receiver, e.g. { inDanger: true }. */
  data?: Record<string, string | number | boolean | null>;
}

export async function publishEvent(tx: Tx, event: RealtimeEvent): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${REALTIME_CHANNEL}, ${JSON.stringify(event)})`);
}
