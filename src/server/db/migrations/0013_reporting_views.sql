-- Read-only reporting views for BI tools (Power BI, Metabase): see docs/reporting-views.md.
-- The BI role polku_reporting reads these views and nothing else. Clients appear only under a
-- pseudonymous key (a salted SHA-256 of the client id); names, identity codes, contact details and
-- free text are left out, and so is the ESF+ participant data (special categories of personal data).
DO $$
BEGIN
  CREATE ROLE polku_reporting NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
CREATE SCHEMA reporting;
--> statement-breakpoint
-- The pseudonym salt lives where no application or BI role can read it; only the views' owner does.
CREATE SCHEMA reporting_private;
--> statement-breakpoint
REVOKE ALL ON SCHEMA reporting_private FROM PUBLIC;
--> statement-breakpoint
CREATE TABLE reporting_private.pseudonym_key (key text NOT NULL);
--> statement-breakpoint
INSERT INTO reporting_private.pseudonym_key (key) SELECT gen_random_uuid()::text || gen_random_uuid()::text;
--> statement-breakpoint
CREATE VIEW reporting.programmes AS
SELECT p.id AS programme_id, p.organisation_id, p.name AS programme_name, p.funding_code, m.key AS process_model_key,
  p.esf_funded, p.follow_up_months, p.active
FROM programmes p
JOIN process_models m ON m.id = p.process_model_id;
--> statement-breakpoint
CREATE VIEW reporting.enrolments AS
SELECT e.id AS enrolment_id,
  encode(sha256(convert_to(k.key || e.client_id::text, 'UTF8')), 'hex') AS client_key,
  e.organisation_id, c.team_id, e.programme_id, e.coach_id, e.co_coach_id,
  e.referral_source, e.starting_situation, e.intensity,
  e.start_date, e.end_date, e.outcome, e.current_phase, e.phase_started_on,
  e.first_employer_contact_on,
  (e.first_employer_contact_on - e.start_date) AS days_to_first_employer_contact,
  c.gender, c.municipality_code, c.isced_level, c.target_groups,
  CASE
    WHEN c.date_of_birth IS NULL THEN NULL
    WHEN extract(year FROM age(e.start_date, c.date_of_birth)) < 18 THEN 'under_18'
    WHEN extract(year FROM age(e.start_date, c.date_of_birth)) < 25 THEN '18_24'
    WHEN extract(year FROM age(e.start_date, c.date_of_birth)) < 30 THEN '25_29'
    WHEN extract(year FROM age(e.start_date, c.date_of_birth)) < 50 THEN '30_49'
    WHEN extract(year FROM age(e.start_date, c.date_of_birth)) < 55 THEN '50_54'
    WHEN extract(year FROM age(e.start_date, c.date_of_birth)) < 65 THEN '55_64'
    ELSE '65_plus'
  END AS age_band_at_start,
  (c.unemployed_since IS NOT NULL AND c.unemployed_since <= e.start_date - interval '12 months') AS long_term_unemployed_at_start
FROM enrolments e
JOIN clients c ON c.id = e.client_id
CROSS JOIN reporting_private.pseudonym_key k;
--> statement-breakpoint
CREATE VIEW reporting.activities AS
SELECT a.id AS activity_id,
  encode(sha256(convert_to(k.key || a.client_id::text, 'UTF8')), 'hex') AS client_key,
  a.organisation_id, a.enrolment_id, a.occurred_on, a.duration_minutes, a.mode, a.participants, a.recorded_by
FROM activities a
CROSS JOIN reporting_private.pseudonym_key k;
--> statement-breakpoint
CREATE VIEW reporting.placements AS
SELECT pl.id AS placement_id,
  encode(sha256(convert_to(k.key || pl.client_id::text, 'UTF8')), 'hex') AS client_key,
  pl.organisation_id, pl.enrolment_id, pl.employer_id, pl.opportunity_id, pl.type,
  pl.start_date, pl.planned_end_date, pl.hours_per_week, pl.support_granted, pl.ended_on, pl.end_reason
FROM placements pl
CROSS JOIN reporting_private.pseudonym_key k;
--> statement-breakpoint
CREATE VIEW reporting.employers AS
SELECT em.id AS employer_id, em.organisation_id, em.name AS employer_name, em.business_id, em.industry_section,
  em.size_class, em.economy_sector, em.municipality_code, em.stage, em.stage_changed_on, em.last_contact_on,
  em.owner_user_id, em.created_at
FROM employers em;
--> statement-breakpoint
CREATE VIEW reporting.employer_interactions AS
SELECT i.id AS interaction_id, i.organisation_id, i.employer_id, i.kind, i.occurred_on, i.in_person,
  cardinality(i.staff_user_ids) AS staff_count
FROM employer_interactions i;
--> statement-breakpoint
CREATE VIEW reporting.follow_ups AS
SELECT f.id AS follow_up_id,
  encode(sha256(convert_to(k.key || f.client_id::text, 'UTF8')), 'hex') AS client_key,
  f.organisation_id, f.enrolment_id, f.months_after_end, f.due_on, f.completed_on, f.situation, f.information_source
FROM follow_ups f
CROSS JOIN reporting_private.pseudonym_key k;
--> statement-breakpoint
GRANT USAGE ON SCHEMA reporting TO polku_reporting;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO polku_reporting;
--> statement-breakpoint
-- Views read their tables with the owner's rights, and row-level security (FORCE) applies to an owner
-- that is not a superuser. These policies let a query made through the views by a member of
-- polku_reporting see every organisation's rows; the role has no grant on the tables themselves,
-- so it cannot reach them any other way.
CREATE POLICY reporting_read ON clients FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON enrolments FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON activities FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON placements FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON employers FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON employer_interactions FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON follow_ups FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
