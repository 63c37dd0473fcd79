-- Case lists and the board read a unit's cases in urgency order (high risk first, newest first): these indexes
-- give that order directly, so a page of 25 or the board's 200 active cases is read without sorting the unit's cases.
CREATE INDEX IF NOT EXISTS "cases_unit_urgency_idx" ON "cases" ("unit_id", (("risk_level" = 'high')) DESC NULLS LAST, "submitted_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_unit_active_urgency_idx" ON "cases" ("unit_id", (("risk_level" = 'high')) DESC NULLS LAST, "submitted_at" DESC, "id" DESC) WHERE "status" <> 'closed';
--> statement-breakpoint
-- The board's counts per stage with their high-risk share, read from the index alone.
CREATE INDEX IF NOT EXISTS "cases_unit_status_risk_idx" ON "cases" ("unit_id", "status", "risk_level");
