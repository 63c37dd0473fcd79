-- Case services (hand-written): assessments with their saved revisions, the service plan, interventions' plan columns, session records, the police-report deadline.
CREATE TABLE IF NOT EXISTS "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"previous_id" uuid REFERENCES "assessments"("id"),
	"status" text DEFAULT 'draft' NOT NULL,
	"sections_enc" text,
	"risk_level" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"updated_by" uuid NOT NULL REFERENCES "users"("id"),
	"finalised_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finalised_at" timestamp with time zone,
	CONSTRAINT "assessments_status_ck" CHECK ("status" IN ('draft', 'final')),
	CONSTRAINT "assessments_risk_ck" CHECK ("risk_level" IS NULL OR "risk_level" IN ('high', 'medium', 'low')),
	CONSTRAINT "assessments_final_ck" CHECK ("status" = 'draft' OR ("finalised_at" IS NOT NULL AND "finalised_by" IS NOT NULL AND "risk_level" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "assessments_case_idx" ON "assessments" ("case_id", "created_at");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "assessments_one_draft_uq" ON "assessments" ("case_id") WHERE "status" = 'draft';
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "assessment_revisions" (
	"assessment_id" uuid NOT NULL REFERENCES "assessments"("id"),
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"sections_enc" text,
	"risk_level" text,
	"saved_by" uuid NOT NULL REFERENCES "users"("id"),
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_revisions_pk" PRIMARY KEY ("assessment_id", "version")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "service_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agreed_at" timestamp with time zone,
	"agreed_via" text,
	"agreed_by_client" text,
	"agreed_recorded_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_plans_agreed_via_ck" CHECK ("agreed_via" IS NULL OR "agreed_via" IN ('in_person', 'phone', 'video_call', 'written')),
	CONSTRAINT "service_plans_agreed_by_ck" CHECK ("agreed_by_client" IS NULL OR "agreed_by_client" IN ('client', 'guardian')),
	CONSTRAINT "service_plans_agreed_ck" CHECK ("agreed_at" IS NULL OR ("agreed_via" IS NOT NULL AND "agreed_by_client" IS NOT NULL AND "agreed_recorded_by" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "service_plans_case_uq" ON "service_plans" ("case_id");
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN IF NOT EXISTS "plan_id" uuid REFERENCES "service_plans"("id");
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN IF NOT EXISTS "goal_enc" text;
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN IF NOT EXISTS "target_date" date;
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN IF NOT EXISTS "status" text DEFAULT 'planned' NOT NULL;
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN IF NOT EXISTS "version" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
ALTER TABLE "interventions" ADD COLUMN IF NOT EXISTS "updated_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_status_ck" CHECK ("status" IN ('planned', 'in_progress', 'done', 'cancelled'));
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "intervention_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intervention_id" uuid NOT NULL REFERENCES "interventions"("id"),
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"held_on" date NOT NULL,
	"done_enc" text NOT NULL,
	"result_enc" text NOT NULL,
	"follow_up_enc" text,
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "intervention_sessions_intervention_idx" ON "intervention_sessions" ("intervention_id", "held_on");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "police_report_deadlines" (
	"case_id" uuid PRIMARY KEY NOT NULL REFERENCES "cases"("id"),
	"due_at" timestamp with time zone NOT NULL,
	"met_at" timestamp with time zone,
	"met_by" uuid REFERENCES "users"("id"),
	"reference_enc" text,
	"waived_at" timestamp with time zone,
	"waived_by" uuid REFERENCES "users"("id"),
	"waive_reason_enc" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "police_report_deadlines_one_ck" CHECK (("met_at" IS NOT NULL AND "met_by" IS NOT NULL AND "waived_at" IS NULL) OR ("waived_at" IS NOT NULL AND "waived_by" IS NOT NULL AND "waive_reason_enc" IS NOT NULL AND "met_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "intervention_session_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL REFERENCES "intervention_sessions"("id"),
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"file_name_enc" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_enc" text NOT NULL,
	"uploaded_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intervention_session_attachments_type_ck" CHECK ("content_type" IN ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "intervention_session_attachments_size_ck" CHECK ("size_bytes" > 0 AND "size_bytes" <= 184320)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "intervention_session_attachments_session_idx" ON "intervention_session_attachments" ("session_id", "created_at");
