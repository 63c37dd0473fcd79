CREATE TABLE "report_contact_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"method" text NOT NULL,
	"outcome" text NOT NULL,
	"note_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid,
	"transport" text NOT NULL,
	"recipient_enc" text NOT NULL,
	"subject_enc" text,
	"body_enc" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"related_type" text,
	"related_id" uuid,
	"meta" jsonb,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"team_user_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"outcome" text,
	"notes_enc" text,
	"created_by" uuid NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name_enc" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_enc" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"author_id" uuid,
	"body_enc" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"pin_hash" text,
	"status" text DEFAULT 'received' NOT NULL,
	"channel" text NOT NULL,
	"post_id" uuid,
	"category" text NOT NULL,
	"in_danger" boolean DEFAULT false NOT NULL,
	"risk_level" text,
	"reporter_relation" text NOT NULL,
	"reporter_name_enc" text,
	"reporter_phone_enc" text,
	"reporter_phone_bidx" text,
	"contact_method" text DEFAULT 'none' NOT NULL,
	"safe_time_enc" text,
	"victim_name_enc" text NOT NULL,
	"victim_name_bidx" text,
	"victim_birth_date_enc" text,
	"victim_birth_date_bidx" text,
	"victim_age" integer,
	"victim_sex" text,
	"victim_disability" boolean,
	"victim_disability_type" text,
	"victim_nik_enc" text,
	"victim_nik_bidx" text,
	"victim_phone_enc" text,
	"victim_phone_bidx" text,
	"victim_education" text,
	"victim_occupation" text,
	"victim_marital_status" text,
	"province_code" text,
	"regency_code" text,
	"district_code" text,
	"violence_types" text[] NOT NULL,
	"incident_place" text,
	"incident_date" date,
	"incident_location_enc" text,
	"chronology_enc" text NOT NULL,
	"perpetrator_enc" text,
	"perpetrator_relationship" text,
	"intake_enc" text,
	"duplicate_of_id" uuid,
	"close_reason" text,
	"close_note_enc" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"entered_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"idempotency_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"sent_via" text,
	"sent_at" timestamp with time zone,
	"outcome" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_contact_attempts" ADD CONSTRAINT "report_contact_attempts_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_contact_attempts" ADD CONSTRAINT "report_contact_attempts_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visits" ADD CONSTRAINT "outreach_visits_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visits" ADD CONSTRAINT "outreach_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_visits" ADD CONSTRAINT "outreach_visits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_evidence" ADD CONSTRAINT "report_evidence_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_evidence" ADD CONSTRAINT "report_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_post_id_complaint_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."complaint_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_links" ADD CONSTRAINT "verification_links_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_links" ADD CONSTRAINT "verification_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_contact_attempts_report_idx" ON "report_contact_attempts" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outreach_visits_report_idx" ON "outreach_visits" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_evidence_report_idx" ON "report_evidence" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_messages_report_idx" ON "report_messages" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_tracking_code_uq" ON "reports" USING btree ("tracking_code");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_idempotency_key_uq" ON "reports" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "reports_unit_status_idx" ON "reports" USING btree ("unit_id","status","created_at");--> statement-breakpoint
CREATE INDEX "reports_reporter_phone_idx" ON "reports" USING btree ("unit_id","reporter_phone_bidx");--> statement-breakpoint
CREATE INDEX "reports_victim_phone_idx" ON "reports" USING btree ("unit_id","victim_phone_bidx");--> statement-breakpoint
CREATE INDEX "reports_victim_nik_idx" ON "reports" USING btree ("unit_id","victim_nik_bidx");--> statement-breakpoint
CREATE INDEX "reports_victim_name_idx" ON "reports" USING btree ("unit_id","victim_name_bidx");--> statement-breakpoint
CREATE INDEX "reports_victim_birth_idx" ON "reports" USING btree ("unit_id","victim_birth_date_bidx");--> statement-breakpoint
CREATE UNIQUE INDEX "verification_links_token_uq" ON "verification_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "verification_links_report_idx" ON "verification_links" USING btree ("report_id");