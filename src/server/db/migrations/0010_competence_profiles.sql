CREATE TABLE "competence_profile_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_parts" text[] NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competence_profiles" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"occupation_uris" text[] NOT NULL,
	"occupation_isco_codes" text[] NOT NULL,
	"past_occupation_uris" text[] NOT NULL,
	"past_occupation_isco_codes" text[] NOT NULL,
	"skills" jsonb NOT NULL,
	"skill_uris" text[] NOT NULL,
	"education" jsonb NOT NULL,
	"licences" text[] NOT NULL,
	"languages" jsonb NOT NULL,
	"work_history" jsonb NOT NULL,
	"industry_sections" text[] NOT NULL,
	"hours_per_week_min" numeric(4, 1),
	"hours_per_week_max" numeric(4, 1),
	"part_time_ok" boolean NOT NULL,
	"shift_work_ok" boolean NOT NULL,
	"remote_wanted" boolean NOT NULL,
	"max_commute_km" integer,
	"max_commute_minutes" integer,
	"earliest_start_date" date,
	"demands_to_avoid" text[] NOT NULL,
	"version" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "competence_profile_versions" ADD CONSTRAINT "competence_profile_versions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profile_versions" ADD CONSTRAINT "competence_profile_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profile_versions" ADD CONSTRAINT "competence_profile_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profiles" ADD CONSTRAINT "competence_profiles_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profiles" ADD CONSTRAINT "competence_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profiles" ADD CONSTRAINT "competence_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competence_profile_versions_client_version_idx" ON "competence_profile_versions" USING btree ("client_id","version");--> statement-breakpoint
CREATE INDEX "competence_profiles_organisation_idx" ON "competence_profiles" USING btree ("organisation_id","updated_at");--> statement-breakpoint
ALTER TABLE competence_profiles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE competence_profiles FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON competence_profiles USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE competence_profile_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE competence_profile_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON competence_profile_versions USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
