-- Verification links, outbox and outreach: indexes for the dispatcher's claim, "my upcoming visits", and outbox rows by subject.
CREATE INDEX IF NOT EXISTS "outbox_messages_claim_idx" ON "outbox_messages" ("next_attempt_at") WHERE "status" IN ('pending', 'sending');
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "outbox_messages_related_idx" ON "outbox_messages" ("related_type", "related_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "outreach_visits_team_idx" ON "outreach_visits" USING gin ("team_user_ids");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "outreach_visits_scheduled_idx" ON "outreach_visits" ("status", "scheduled_for");
