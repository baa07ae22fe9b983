CREATE TABLE "benefit_financing_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"tiers" jsonb NOT NULL,
	"legal_source" text,
	"daily_amount" numeric(8, 2),
	"daily_amount_source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_benefit_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"benefit_days" integer NOT NULL,
	"as_of" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benefit_financing_settings" ADD CONSTRAINT "benefit_financing_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_financing_settings" ADD CONSTRAINT "benefit_financing_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_benefit_days" ADD CONSTRAINT "client_benefit_days_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_benefit_days" ADD CONSTRAINT "client_benefit_days_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_benefit_days" ADD CONSTRAINT "client_benefit_days_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_benefit_days_client_idx" ON "client_benefit_days" USING btree ("client_id","as_of");--> statement-breakpoint
-- Row-level security: benefit-day counts are client data; the settings are the organisation's own.
ALTER TABLE benefit_financing_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benefit_financing_settings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON benefit_financing_settings USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE client_benefit_days ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE client_benefit_days FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON client_benefit_days USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
