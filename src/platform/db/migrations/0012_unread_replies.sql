-- A reporter's reply from /lapor/status is counted on its complaint until an officer reads it: the complaint stays in the
-- intake queue, whatever its status, so a reply to a closed complaint (a duplicate, say) reaches someone.
ALTER TABLE "reports" ADD COLUMN IF NOT EXISTS "unread_replies" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
UPDATE "reports" r SET "unread_replies" = m.n
  FROM (SELECT "report_id", count(*)::int AS n FROM "report_messages"
         WHERE "direction" = 'from_reporter' AND "read_at" IS NULL GROUP BY "report_id") m
 WHERE r."id" = m."report_id";
--> statement-breakpoint
-- Only complaints with unread replies are in it: the queue finds them beside its status index without reading the table.
CREATE INDEX IF NOT EXISTS "reports_unread_replies_idx" ON "reports" ("unit_id") WHERE "unread_replies" > 0;
