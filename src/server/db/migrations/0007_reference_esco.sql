CREATE TABLE "ref_esco_occupations" (
	"uri" text PRIMARY KEY NOT NULL,
	"isco_code" text NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"alt_labels_fi" text NOT NULL,
	"alt_labels_en" text NOT NULL,
	"essential_skill_uris" text[] NOT NULL,
	"optional_skill_uris" text[] NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_esco_skills" (
	"uri" text PRIMARY KEY NOT NULL,
	"skill_type" text NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"rank" integer NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_isco_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"level" integer NOT NULL,
	"parent_code" text,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_datasets" (
	"name" text PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ref_esco_occupations_isco_idx" ON "ref_esco_occupations" USING btree ("isco_code");