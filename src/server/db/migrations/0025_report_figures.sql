CREATE TABLE "report_figures" (
	"key" text PRIMARY KEY NOT NULL,
	"indicator_id" text NOT NULL,
	"organisation_ids" uuid[] NOT NULL,
	"scope" jsonb NOT NULL,
	"suppress" boolean NOT NULL,
	"figure" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"requested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "report_figures_requested_idx" ON "report_figures" USING btree ("requested_at");--> statement-breakpoint
-- Row-level security: a stored figure is read only by a transaction that sees every organisation it counts.
ALTER TABLE report_figures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_figures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON report_figures USING ((SELECT polku_system_scope()) OR organisation_ids <@ ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_ids <@ ((SELECT polku_visible_organisations())::uuid[]));
