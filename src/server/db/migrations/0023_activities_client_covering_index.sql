DROP INDEX "activities_client_idx";--> statement-breakpoint
CREATE INDEX "activities_client_idx" ON "activities" USING btree ("client_id","occurred_on","mode","enrolment_id","organisation_id");