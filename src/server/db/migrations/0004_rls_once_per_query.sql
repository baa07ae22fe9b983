-- The visible organisations are parsed once per query (an InitPlan via the sub-select) instead of
-- once per row: organisation-wide scans of large tables pay nothing per row for the policy.
CREATE OR REPLACE FUNCTION polku_visible_organisations() RETURNS uuid[]
  LANGUAGE sql STABLE
  AS $$
    SELECT string_to_array(nullif(current_setting('polku.organisation_ids', true), ''), ',')::uuid[]
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_system_scope() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('polku.system', true), '') = 'on' $$;
--> statement-breakpoint
DROP POLICY organisation_isolation ON clients;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON clients USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON consents;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON consents USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON enrolments;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON enrolments USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON phase_changes;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON phase_changes USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON follow_ups;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON follow_ups USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON plan_goals;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON plan_goals USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON plan_actions;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON plan_actions USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON activities;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON activities USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY organisation_isolation ON referrals;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON referrals USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP POLICY audit_read ON audit_log;
--> statement-breakpoint
CREATE POLICY audit_read ON audit_log FOR SELECT USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
DROP FUNCTION polku_visible_organisation(uuid);
