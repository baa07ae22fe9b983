CREATE TABLE "esf_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"gender" text NOT NULL,
	"labour_market_status" text NOT NULL,
	"unemployed_since" date,
	"isced_level" integer NOT NULL,
	"disability" text NOT NULL,
	"foreign_background" text NOT NULL,
	"minority" text NOT NULL,
	"homeless" text NOT NULL,
	"third_country_national" boolean NOT NULL,
	"rural_area" boolean NOT NULL,
	"entry_recorded_by" uuid NOT NULL,
	"exit_observed_on" date,
	"exit_job_searching" boolean,
	"exit_in_education" boolean,
	"exit_qualification" boolean,
	"exit_employed" boolean,
	"six_month_improvement" text,
	"exit_recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "esf_funded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "information_source" text;--> statement-breakpoint
ALTER TABLE "esf_participants" ADD CONSTRAINT "esf_participants_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esf_participants" ADD CONSTRAINT "esf_participants_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esf_participants" ADD CONSTRAINT "esf_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esf_participants" ADD CONSTRAINT "esf_participants_entry_recorded_by_users_id_fk" FOREIGN KEY ("entry_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esf_participants" ADD CONSTRAINT "esf_participants_exit_recorded_by_users_id_fk" FOREIGN KEY ("exit_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "esf_participants_enrolment_unique" ON "esf_participants" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "esf_participants_client_idx" ON "esf_participants" USING btree ("client_id");--> statement-breakpoint
-- ESF+ participant data is client data (disability and minority status are GDPR Art. 9): organisations see only their own.
ALTER TABLE esf_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE esf_participants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON esf_participants USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
