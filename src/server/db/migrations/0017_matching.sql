CREATE TABLE "matching_weights" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_weights" ADD CONSTRAINT "matching_weights_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_weights" ADD CONSTRAINT "matching_weights_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Row-level security: an organisation's matching weights are its own.
ALTER TABLE matching_weights ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matching_weights FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON matching_weights USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
-- The matching index lives in each server process and is kept current without a nightly batch:
-- every change that can alter a match sends NOTIFY matching_changed, '<kind>:<id>' when its
-- transaction commits, whichever code path (API, import, demo data, another process) wrote it.
CREATE OR REPLACE FUNCTION polku_notify_matching() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed := to_jsonb(OLD);
  ELSE
    changed := to_jsonb(NEW);
  END IF;
  PERFORM pg_notify('matching_changed', TG_ARGV[0] || ':' || (changed ->> TG_ARGV[1]));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER matching_opportunity_changed AFTER INSERT OR UPDATE OR DELETE ON opportunities
  FOR EACH ROW EXECUTE FUNCTION polku_notify_matching('opportunity', 'id');
--> statement-breakpoint
-- Where the work is: the opportunity's workplace and the employer's sector and home municipality.
CREATE TRIGGER matching_workplace_changed AFTER UPDATE ON employer_workplaces
  FOR EACH ROW WHEN (OLD.postal_code IS DISTINCT FROM NEW.postal_code OR OLD.municipality_code IS DISTINCT FROM NEW.municipality_code)
  EXECUTE FUNCTION polku_notify_matching('workplace', 'id');
--> statement-breakpoint
CREATE TRIGGER matching_employer_changed AFTER UPDATE ON employers
  FOR EACH ROW WHEN (OLD.industry_section IS DISTINCT FROM NEW.industry_section OR OLD.municipality_code IS DISTINCT FROM NEW.municipality_code)
  EXECUTE FUNCTION polku_notify_matching('employer', 'id');
--> statement-breakpoint
-- Whether a person may be proposed (employer_proposal consent) and whether they are in a job-search phase.
CREATE TRIGGER matching_consent_changed AFTER INSERT OR UPDATE OR DELETE ON consents
  FOR EACH ROW EXECUTE FUNCTION polku_notify_matching('client', 'client_id');
--> statement-breakpoint
CREATE TRIGGER matching_enrolment_added AFTER INSERT OR DELETE ON enrolments
  FOR EACH ROW EXECUTE FUNCTION polku_notify_matching('client', 'client_id');
--> statement-breakpoint
CREATE TRIGGER matching_enrolment_changed AFTER UPDATE ON enrolments
  FOR EACH ROW WHEN (OLD.current_phase IS DISTINCT FROM NEW.current_phase OR OLD.end_date IS DISTINCT FROM NEW.end_date OR OLD.programme_id IS DISTINCT FROM NEW.programme_id)
  EXECUTE FUNCTION polku_notify_matching('client', 'client_id');
--> statement-breakpoint
-- Home location and organisation of the person; a removed profile or client leaves the index.
CREATE TRIGGER matching_client_changed AFTER UPDATE ON clients
  FOR EACH ROW WHEN (OLD.postal_code IS DISTINCT FROM NEW.postal_code OR OLD.municipality_code IS DISTINCT FROM NEW.municipality_code OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
  EXECUTE FUNCTION polku_notify_matching('client', 'id');
--> statement-breakpoint
CREATE TRIGGER matching_client_removed AFTER DELETE ON clients
  FOR EACH ROW EXECUTE FUNCTION polku_notify_matching('client', 'id');
--> statement-breakpoint
CREATE TRIGGER matching_profile_removed AFTER DELETE ON competence_profiles
  FOR EACH ROW EXECUTE FUNCTION polku_notify_matching('client', 'client_id');
