-- Defense in depth: the application connects as polku_app, which owns nothing and is not a superuser,
-- so the row-level security below applies to every query it makes.
DO $$
BEGIN
  CREATE ROLE polku_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO polku_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO polku_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO polku_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO polku_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA drizzle TO polku_app;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO polku_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM polku_app;
--> statement-breakpoint
INSERT INTO audit_chain_head (id, sequence, hash) VALUES (1, 0, repeat('0', 64));
--> statement-breakpoint
-- The organisations the current request may see, set per transaction by the application
-- (set_config('polku.organisation_ids', ..., true)); 'polku.system' = 'on' only for start-up, import and jobs.
CREATE OR REPLACE FUNCTION polku_visible_organisation(organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(current_setting('polku.system', true), '') = 'on'
      OR organisation = ANY (string_to_array(nullif(current_setting('polku.organisation_ids', true), ''), ',')::uuid[])
  $$;
--> statement-breakpoint
ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE clients FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON clients USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE consents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON consents USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE enrolments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE enrolments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON enrolments USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE phase_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE phase_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON phase_changes USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE follow_ups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE follow_ups FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON follow_ups USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE plan_goals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE plan_goals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON plan_goals USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE plan_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE plan_actions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON plan_actions USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE activities FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON activities USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON referrals USING (polku_visible_organisation(organisation_id)) WITH CHECK (polku_visible_organisation(organisation_id));
--> statement-breakpoint
-- Audit entries name clients: an organisation reads only its own, any request may append.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_read ON audit_log FOR SELECT USING (organisation_id IS NULL AND coalesce(current_setting('polku.system', true), '') = 'on' OR polku_visible_organisation(organisation_id));
--> statement-breakpoint
CREATE POLICY audit_append ON audit_log FOR INSERT WITH CHECK (true);
