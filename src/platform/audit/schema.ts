// The append-only, hash-chained audit log table.
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    action: text("action").notNull(),
    actorId: uuid("actor_id"),
    unitId: uuid("unit_id"),
    targetType: text("target_type"),
    targetId: text("target_id"),
    details: jsonb("details").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_events_action_idx").on(t.action, t.seq), index("audit_events_unit_idx").on(t.unitId, t.seq)],
);
