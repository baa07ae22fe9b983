CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text,
	"preferred_channel" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"in_person" boolean NOT NULL,
	"staff_user_ids" uuid[] NOT NULL,
	"contact_ids" uuid[] NOT NULL,
	"summary" text NOT NULL,
	"agreed" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"changed_on" date NOT NULL,
	"changed_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_workplaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"street_address" text,
	"postal_code" text,
	"municipality_code" text,
	"is_head_office" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"business_id" text,
	"industry_section" text,
	"size_class" text NOT NULL,
	"economy_sector" text NOT NULL,
	"municipality_code" text,
	"website" text,
	"notes" text,
	"owner_user_id" uuid,
	"stage" text NOT NULL,
	"stage_changed_on" date NOT NULL,
	"last_contact_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_industry_sections" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"industry_section" text NOT NULL,
	CONSTRAINT "user_industry_sections_organisation_id_user_id_industry_section_pk" PRIMARY KEY("organisation_id","user_id","industry_section")
);
--> statement-breakpoint
CREATE TABLE "employer_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"description" text NOT NULL,
	"skills" jsonb NOT NULL,
	"physical_demands" text[] NOT NULL,
	"cognitive_demands" text[] NOT NULL,
	"hours_per_week" numeric(4, 1) NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"workplace_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"esco_occupation_uri" text,
	"isco_code" text,
	"required_skills" jsonb NOT NULL,
	"nice_to_have_skills" jsonb NOT NULL,
	"languages" jsonb NOT NULL,
	"licences" text[] NOT NULL,
	"demands" text[] NOT NULL,
	"municipality_code" text,
	"hours_per_week" numeric(4, 1),
	"working_time_form" text,
	"start_date" date,
	"duration_months" integer,
	"positions" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"status_changed_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunity_tasks" (
	"organisation_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "opportunity_tasks_opportunity_id_task_id_pk" PRIMARY KEY("opportunity_id","task_id")
);
--> statement-breakpoint
CREATE TABLE "assignment_response_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"workday_start_minute" integer NOT NULL,
	"workday_end_minute" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"contact_id" uuid,
	"opportunity_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"requested_role" text NOT NULL,
	"details" text,
	"candidates_wanted" integer NOT NULL,
	"responder_user_id" uuid,
	"responder_team_id" uuid,
	"response_time_amount" integer NOT NULL,
	"response_time_unit" text NOT NULL,
	"response_due_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"status" text NOT NULL,
	"result" text,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"assignment_id" uuid,
	"opportunity_id" uuid,
	"status" text NOT NULL,
	"reason" text,
	"note" text,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"enrolment_id" uuid,
	"opportunity_id" uuid,
	"proposal_id" uuid,
	"type" text NOT NULL,
	"start_date" date NOT NULL,
	"planned_end_date" date,
	"hours_per_week" numeric(4, 1),
	"duties" text,
	"support_granted" text[] NOT NULL,
	"support_note" text,
	"ended_on" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_agreements" (
	"placement_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"coach_tasks" text,
	"employer_tasks" text,
	"contact_rhythm" text,
	"adjustments" text[] NOT NULL,
	"adjustments_note" text,
	"agreed_on" date NOT NULL,
	"shared_with_employer" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_interactions" ADD CONSTRAINT "employer_interactions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_interactions" ADD CONSTRAINT "employer_interactions_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_interactions" ADD CONSTRAINT "employer_interactions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_stage_changes" ADD CONSTRAINT "employer_stage_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_stage_changes" ADD CONSTRAINT "employer_stage_changes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_stage_changes" ADD CONSTRAINT "employer_stage_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_workplaces" ADD CONSTRAINT "employer_workplaces_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_workplaces" ADD CONSTRAINT "employer_workplaces_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_industry_sections" ADD CONSTRAINT "user_industry_sections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_industry_sections" ADD CONSTRAINT "user_industry_sections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_jobs" ADD CONSTRAINT "employer_jobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_jobs" ADD CONSTRAINT "employer_jobs_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_tasks" ADD CONSTRAINT "job_tasks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_tasks" ADD CONSTRAINT "job_tasks_job_id_employer_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."employer_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_workplace_id_employer_workplaces_id_fk" FOREIGN KEY ("workplace_id") REFERENCES "public"."employer_workplaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_tasks" ADD CONSTRAINT "opportunity_tasks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_tasks" ADD CONSTRAINT "opportunity_tasks_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_tasks" ADD CONSTRAINT "opportunity_tasks_task_id_job_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."job_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_response_settings" ADD CONSTRAINT "assignment_response_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_response_settings" ADD CONSTRAINT "assignment_response_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_contact_id_employer_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."employer_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_responder_user_id_users_id_fk" FOREIGN KEY ("responder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_responder_team_id_teams_id_fk" FOREIGN KEY ("responder_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_status_changes" ADD CONSTRAINT "proposal_status_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_status_changes" ADD CONSTRAINT "proposal_status_changes_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_status_changes" ADD CONSTRAINT "proposal_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_agreements" ADD CONSTRAINT "support_agreements_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_agreements" ADD CONSTRAINT "support_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_agreements" ADD CONSTRAINT "support_agreements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_idx" ON "employer_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_interactions_employer_idx" ON "employer_interactions" USING btree ("employer_id","occurred_on");--> statement-breakpoint
CREATE INDEX "employer_stage_changes_employer_idx" ON "employer_stage_changes" USING btree ("employer_id","changed_on");--> statement-breakpoint
CREATE INDEX "employer_workplaces_employer_idx" ON "employer_workplaces" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employers_organisation_name_idx" ON "employers" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_business_id_unique" ON "employers" USING btree ("organisation_id","business_id");--> statement-breakpoint
CREATE INDEX "employers_owner_idx" ON "employers" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "employer_jobs_employer_idx" ON "employer_jobs" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "job_tasks_job_idx" ON "job_tasks" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "opportunities_employer_idx" ON "opportunities" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "opportunities_organisation_status_idx" ON "opportunities" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "opportunity_tasks_task_idx" ON "opportunity_tasks" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "assignments_organisation_status_idx" ON "assignments" USING btree ("organisation_id","status","response_due_at");--> statement-breakpoint
CREATE INDEX "assignments_employer_idx" ON "assignments" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "proposal_status_changes_proposal_idx" ON "proposal_status_changes" USING btree ("proposal_id","changed_at");--> statement-breakpoint
CREATE INDEX "proposals_client_idx" ON "proposals" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "proposals_assignment_idx" ON "proposals" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "proposals_opportunity_idx" ON "proposals" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "placements_client_idx" ON "placements" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "placements_employer_idx" ON "placements" USING btree ("employer_id");--> statement-breakpoint
-- Row-level security on every employer-cooperation table: proposals, placements and support agreements hold client data, and the employer register is the organisation's own.
ALTER TABLE employers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON employers USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE employer_stage_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employer_stage_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON employer_stage_changes USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE employer_workplaces ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employer_workplaces FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON employer_workplaces USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE employer_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employer_contacts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON employer_contacts USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE employer_interactions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employer_interactions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON employer_interactions USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE user_industry_sections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE user_industry_sections FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON user_industry_sections USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE opportunities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE opportunities FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON opportunities USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE employer_jobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE employer_jobs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON employer_jobs USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE job_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE job_tasks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON job_tasks USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE opportunity_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE opportunity_tasks FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON opportunity_tasks USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assignments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON assignments USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE assignment_response_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assignment_response_settings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON assignment_response_settings USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE proposals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE proposals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON proposals USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE proposal_status_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE proposal_status_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON proposal_status_changes USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE placements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE placements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON placements USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE support_agreements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE support_agreements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON support_agreements USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
