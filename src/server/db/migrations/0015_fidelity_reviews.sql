CREATE TABLE "fidelity_review_items" (
	"review_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"item_number" integer NOT NULL,
	"prefilled_score" integer,
	"evidence" jsonb,
	"final_score" integer,
	"note" text,
	CONSTRAINT "fidelity_review_items_review_id_item_number_pk" PRIMARY KEY("review_id","item_number"),
	CONSTRAINT "fidelity_review_items_number" CHECK ("fidelity_review_items"."item_number" between 1 and 25),
	CONSTRAINT "fidelity_review_items_prefilled" CHECK ("fidelity_review_items"."prefilled_score" between 1 and 5),
	CONSTRAINT "fidelity_review_items_final" CHECK ("fidelity_review_items"."final_score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "fidelity_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid,
	"programme_id" uuid,
	"review_date" date NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"reviewers" text[] NOT NULL,
	"notes" text,
	"action_plan" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fidelity_reviews_target_date_unique" UNIQUE NULLS NOT DISTINCT("organisation_id","team_id","programme_id","review_date"),
	CONSTRAINT "fidelity_reviews_target" CHECK ("fidelity_reviews"."team_id" is not null or "fidelity_reviews"."programme_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "fidelity_review_items" ADD CONSTRAINT "fidelity_review_items_review_id_fidelity_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."fidelity_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_review_items" ADD CONSTRAINT "fidelity_review_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fidelity_reviews_organisation_idx" ON "fidelity_reviews" USING btree ("organisation_id","review_date");--> statement-breakpoint
-- Row-level security: a review holds figures measured from the organisation's client work.
ALTER TABLE fidelity_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE fidelity_reviews FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON fidelity_reviews USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
--> statement-breakpoint
ALTER TABLE fidelity_review_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE fidelity_review_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_isolation ON fidelity_review_items USING ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[])) WITH CHECK ((SELECT polku_system_scope()) OR organisation_id = ANY ((SELECT polku_visible_organisations())::uuid[]));
