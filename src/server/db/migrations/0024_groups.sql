CREATE TABLE "group_attendance" (
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "group_attendance_session_id_client_id_pk" PRIMARY KEY("session_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "group_participants" (
	"group_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"added_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "group_participants_group_id_client_id_pk" PRIMARY KEY("group_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text,
	"duration_minutes" integer,
	"mode" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "group_sessions_id_group_unique" UNIQUE("id","group_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "groups_id_organisation_unique" UNIQUE("id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_session_id_group_id_group_sessions_id_group_id_fk" FOREIGN KEY ("session_id","group_id") REFERENCES "public"."group_sessions"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_group_id_client_id_group_participants_group_id_client_id_fk" FOREIGN KEY ("group_id","client_id") REFERENCES "public"."group_participants"("group_id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_participants" ADD CONSTRAINT "group_participants_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_participants" ADD CONSTRAINT "group_participants_group_id_organisation_id_groups_id_organisation_id_fk" FOREIGN KEY ("group_id","organisation_id") REFERENCES "public"."groups"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_participants" ADD CONSTRAINT "group_participants_client_id_organisation_id_clients_id_organisation_id_fk" FOREIGN KEY ("client_id","organisation_id") REFERENCES "public"."clients"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_group_id_organisation_id_groups_id_organisation_id_fk" FOREIGN KEY ("group_id","organisation_id") REFERENCES "public"."groups"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_attendance_client_idx" ON "group_attendance" USING btree ("client_id","session_id");--> statement-breakpoint
CREATE INDEX "group_participants_client_idx" ON "group_participants" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "group_sessions_group_idx" ON "group_sessions" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "group_sessions_organisation_idx" ON "group_sessions" USING btree ("organisation_id","held_on");--> statement-breakpoint
CREATE INDEX "groups_organisation_idx" ON "groups" USING btree ("organisation_id","starts_on");--> statement-breakpoint
-- Row-level security: participants and attendance are client data; groups and sessions are the organisation's own.
ALTER TABLE groups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE groups FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON groups USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE group_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON group_sessions USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE group_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_participants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON group_participants USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE group_attendance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_attendance FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON group_attendance USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
-- Reporting views (docs/reporting-views.md): group activities, with attendance under the client's pseudonymous key.
CREATE VIEW reporting.groups AS
SELECT g.id AS group_id, g.organisation_id, g.name AS group_name, g.kind, g.starts_on, g.ends_on
FROM groups g;
--> statement-breakpoint
CREATE VIEW reporting.group_sessions AS
SELECT s.id AS session_id, s.group_id, s.organisation_id, s.held_on, s.mode, s.duration_minutes
FROM group_sessions s;
--> statement-breakpoint
CREATE VIEW reporting.group_attendance AS
SELECT a.session_id, a.group_id, a.organisation_id,
  encode(sha256(convert_to(k.key || a.client_id::text, 'UTF8')), 'hex') AS client_key
FROM group_attendance a
CROSS JOIN reporting_private.pseudonym_key k;
--> statement-breakpoint
GRANT SELECT ON reporting.groups, reporting.group_sessions, reporting.group_attendance TO polku_reporting;
--> statement-breakpoint
CREATE POLICY reporting_read ON groups FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON group_sessions FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
--> statement-breakpoint
CREATE POLICY reporting_read ON group_attendance FOR SELECT USING ((SELECT pg_has_role(current_user, 'polku_reporting', 'USAGE')));
