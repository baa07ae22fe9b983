ALTER TABLE "clients" ADD CONSTRAINT "clients_id_organisation_unique" UNIQUE("id","organisation_id");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_client_organisation_fk" FOREIGN KEY ("client_id","organisation_id") REFERENCES "public"."clients"("id","organisation_id") ON DELETE no action ON UPDATE no action;
