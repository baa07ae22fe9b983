-- Optimistic concurrency for case records, as clients.version. A constant default makes ADD COLUMN a
-- catalog-only change on PostgreSQL 11+, so the large activities table is not rewritten.
ALTER TABLE "plan_actions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;