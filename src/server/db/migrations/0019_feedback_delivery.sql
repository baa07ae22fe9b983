ALTER TABLE "feedback_invitations" ADD COLUMN "not_sendable_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback_invitations" ADD COLUMN "not_sendable_reason" text;--> statement-breakpoint
CREATE INDEX "feedback_invitations_organisation_created_idx" ON "feedback_invitations" USING btree ("organisation_id","created_at");--> statement-breakpoint
-- Hand-written: invitations whose send job finished before this column existed without sending
-- (there was no address) are marked as not sendable, as the send job now does. Row-level security
-- is forced on both tables, so the update runs in the system scope of this transaction only.
SELECT set_config('polku.system', 'on', true);--> statement-breakpoint
UPDATE "feedback_invitations" AS i SET "not_sendable_at" = j."done_at", "not_sendable_reason" = 'no_email_address'
  FROM "jobs" AS j
  WHERE j."dedupe_key" = 'feedback.send:' || i."id"::text AND j."done_at" IS NOT NULL AND i."sent_at" IS NULL AND i."answered_at" IS NULL;--> statement-breakpoint
SELECT set_config('polku.system', 'off', true);
