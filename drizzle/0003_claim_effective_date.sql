ALTER TABLE "claims" ADD COLUMN "effective_date" text;--> statement-breakpoint
CREATE INDEX "claims_population_time_idx" ON "claims" USING btree ("population","effective_date");--> statement-breakpoint
UPDATE "claims" c SET "effective_date" = coalesce(c."date", d."published") FROM "documents" d WHERE d."id" = c."document_id";
