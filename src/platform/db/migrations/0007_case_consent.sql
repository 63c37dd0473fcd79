-- Informed consent and termination forms (hand-written): client links (consent or termination), consent per purpose, signed termination forms, feedback.
CREATE TABLE IF NOT EXISTS "client_link_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"kind" text NOT NULL,
	"token_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"purposes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partner_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lang" text DEFAULT 'id' NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"sent_via" text NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_link_requests_kind_ck" CHECK ("kind" IN ('consent', 'termination')),
	CONSTRAINT "client_link_requests_lang_ck" CHECK ("lang" IN ('id', 'en'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "client_link_requests_token_uq" ON "client_link_requests" ("token_hash");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "client_link_requests_case_idx" ON "client_link_requests" ("case_id", "created_at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "consent_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"purpose" text NOT NULL,
	"partner_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"granted" boolean NOT NULL,
	"text_version" text NOT NULL,
	"given_by" text NOT NULL,
	"guardian_name_enc" text,
	"guardian_relationship" text,
	"signature_kind" text NOT NULL,
	"signature_enc" text NOT NULL,
	"method" text NOT NULL,
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"link_id" uuid REFERENCES "client_link_requests"("id"),
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid REFERENCES "users"("id"),
	"withdrawal_reason_enc" text,
	CONSTRAINT "consent_records_purpose_ck" CHECK ("purpose" IN ('case_handling', 'partner_sharing', 'national_reporting')),
	CONSTRAINT "consent_records_given_by_ck" CHECK ("given_by" IN ('client', 'guardian')),
	CONSTRAINT "consent_records_guardian_ck" CHECK ("given_by" = 'client' OR ("guardian_name_enc" IS NOT NULL AND "guardian_relationship" IS NOT NULL)),
	CONSTRAINT "consent_records_signature_ck" CHECK ("signature_kind" IN ('typed', 'drawn')),
	CONSTRAINT "consent_records_method_ck" CHECK ("method" IN ('link', 'in_person')),
	CONSTRAINT "consent_records_link_ck" CHECK ("method" = 'in_person' OR "link_id" IS NOT NULL),
	CONSTRAINT "consent_records_withdrawn_ck" CHECK ("withdrawn_at" IS NULL OR ("granted" AND "withdrawn_by" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "consent_records_case_idx" ON "consent_records" ("case_id", "purpose", "given_at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "termination_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"text_version" text NOT NULL,
	"signed_by" text NOT NULL,
	"guardian_name_enc" text,
	"guardian_relationship" text,
	"signature_kind" text NOT NULL,
	"signature_enc" text NOT NULL,
	"method" text NOT NULL,
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"link_id" uuid REFERENCES "client_link_requests"("id"),
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "termination_forms_signed_by_ck" CHECK ("signed_by" IN ('client', 'guardian')),
	CONSTRAINT "termination_forms_guardian_ck" CHECK ("signed_by" = 'client' OR ("guardian_name_enc" IS NOT NULL AND "guardian_relationship" IS NOT NULL)),
	CONSTRAINT "termination_forms_signature_ck" CHECK ("signature_kind" IN ('typed', 'drawn')),
	CONSTRAINT "termination_forms_method_ck" CHECK ("method" IN ('link', 'in_person')),
	CONSTRAINT "termination_forms_link_ck" CHECK ("method" = 'in_person' OR "link_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "termination_forms_case_idx" ON "termination_forms" ("case_id", "signed_at");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "case_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"termination_form_id" uuid NOT NULL REFERENCES "termination_forms"("id"),
	"declined" boolean NOT NULL,
	"respectful" smallint,
	"clear_information" smallint,
	"timely_help" smallint,
	"felt_safe" smallint,
	"would_recommend" smallint,
	"comments_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_feedback_ratings_ck" CHECK (
		("declined" AND "respectful" IS NULL AND "clear_information" IS NULL AND "timely_help" IS NULL AND "felt_safe" IS NULL AND "would_recommend" IS NULL AND "comments_enc" IS NULL)
		OR (NOT "declined"
			AND coalesce("respectful", 3) BETWEEN 1 AND 5 AND coalesce("clear_information", 3) BETWEEN 1 AND 5
			AND coalesce("timely_help", 3) BETWEEN 1 AND 5 AND coalesce("felt_safe", 3) BETWEEN 1 AND 5
			AND coalesce("would_recommend", 3) BETWEEN 1 AND 5)
	)
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "case_feedback_form_uq" ON "case_feedback" ("termination_form_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_feedback_case_idx" ON "case_feedback" ("case_id");
