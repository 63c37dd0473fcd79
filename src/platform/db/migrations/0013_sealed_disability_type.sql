-- A victim's disability type is health data (a specific category under UU 27/2022 PDP): it is sealed like the identity
-- fields from now on. Rows stored before keep their plain value in victim_disability_type until the server, which holds
-- the key, seals them at start (modules/reports/seal-plain-disability-types.ts) and empties that column.
ALTER TABLE "reports" ADD COLUMN IF NOT EXISTS "victim_disability_type_enc" text;
--> statement-breakpoint
-- Only rows still to seal are in it: the start finds them without reading the table, and finds none in a few reads.
CREATE INDEX IF NOT EXISTS "reports_plain_disability_type_idx" ON "reports" ("id") WHERE "victim_disability_type" IS NOT NULL;
