-- Cases (hand-written): a case per complaint submitted for approval, its timeline, sealed notes, the per-unit per-year register counter, interventions.
CREATE TABLE IF NOT EXISTS "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "units"("id"),
	"report_id" uuid NOT NULL REFERENCES "reports"("id"),
	"register_number" text,
	"status" text NOT NULL,
	"case_manager_id" uuid REFERENCES "users"("id"),
	"submitted_by" uuid NOT NULL REFERENCES "users"("id"),
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid REFERENCES "users"("id"),
	"approved_at" timestamp with time zone,
	"termination_requested_by" uuid REFERENCES "users"("id"),
	"termination_reason" text,
	"close_reason" text,
	"referral_partner_id" uuid REFERENCES "partner_agencies"("id"),
	"closed_at" timestamp with time zone,
	"risk_level" text,
	"next_review_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_status_ck" CHECK ("status" IN ('awaiting_approval', 'open', 'termination_requested', 'termination_approved', 'closed')),
	CONSTRAINT "cases_open_has_manager_ck" CHECK ("status" = 'awaiting_approval' OR "status" = 'closed' OR "case_manager_id" IS NOT NULL),
	CONSTRAINT "cases_closed_has_reason_ck" CHECK ("status" <> 'closed' OR "close_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "cases_report_uq" ON "cases" ("report_id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "cases_register_number_uq" ON "cases" ("register_number");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_unit_status_idx" ON "cases" ("unit_id", "status", "submitted_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_case_manager_idx" ON "cases" ("case_manager_id", "status");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_submitted_by_idx" ON "cases" ("submitted_by", "status");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid NOT NULL REFERENCES "users"("id"),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment_enc" text
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_events_case_idx" ON "case_events" ("case_id", "at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"author_id" uuid NOT NULL REFERENCES "users"("id"),
	"content_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_notes_case_idx" ON "case_notes" ("case_id", "created_at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "case_register_counters" (
	"unit_id" uuid NOT NULL REFERENCES "units"("id"),
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "case_register_counters_pk" PRIMARY KEY ("unit_id", "year")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"provider_id" uuid NOT NULL REFERENCES "users"("id"),
	"service_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "interventions_provider_idx" ON "interventions" ("provider_id", "case_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "interventions_case_idx" ON "interventions" ("case_id");
--> statement-breakpoint
-- Complaints already waiting for approval before this migration get their case, like new submissions do.
INSERT INTO "cases" ("unit_id", "report_id", "status", "submitted_by", "submitted_at", "risk_level")
SELECT "unit_id", "id", 'awaiting_approval', "submitted_by", coalesce("submitted_at", "updated_at"), "risk_level"
FROM "reports"
WHERE "status" = 'awaiting_approval' AND "submitted_by" IS NOT NULL
ON CONFLICT DO NOTHING;
