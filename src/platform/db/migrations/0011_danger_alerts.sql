-- A new complaint with someone in danger now is also sent to the unit's supervisors (e-mail, WhatsApp, SMS as
-- configured): danger_alerted_at marks it done, so each complaint alerts once, whichever server process takes it.
ALTER TABLE "reports" ADD COLUMN IF NOT EXISTS "danger_alerted_at" timestamp with time zone;
--> statement-breakpoint
-- Complaints stored before this version were seen in the console already: none of them alerts now.
UPDATE "reports" SET "danger_alerted_at" = "created_at" WHERE "in_danger" AND "danger_alerted_at" IS NULL;
--> statement-breakpoint
-- Only complaints still to alert are in it: a few rows at most, found without reading the table.
CREATE INDEX IF NOT EXISTS "reports_danger_unalerted_idx" ON "reports" ("created_at") WHERE "in_danger" AND "danger_alerted_at" IS NULL;
--> statement-breakpoint
-- The alerts a unit's supervisors were sent in the last hour are counted against TEDUH_SUPERVISOR_ALERTS_PER_HOUR.
CREATE INDEX IF NOT EXISTS "outbox_messages_alerts_idx" ON "outbox_messages" ("unit_id", "created_at") WHERE "related_type" = 'report';
