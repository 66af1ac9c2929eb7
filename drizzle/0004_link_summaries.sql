ALTER TABLE "claims" ADD COLUMN "context" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "origin_set" text[];--> statement-breakpoint
ALTER TABLE "fact_claims" ADD COLUMN "document_id" integer;--> statement-breakpoint
ALTER TABLE "fact_claims" ADD COLUMN "copy_root" integer;--> statement-breakpoint
ALTER TABLE "fact_claims" ADD COLUMN "kind_first" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_series_idx" ON "claims" USING btree ("population","origin_set","effective_date" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "claims"."review" <> 'rejected' AND "claims"."qualifier" <> 'vague' AND ("claims"."value_min" IS NOT NULL OR "claims"."value_max" IS NOT NULL);--> statement-breakpoint
CREATE INDEX "fact_claims_kinds_idx" ON "fact_claims" USING btree ("fact_id","ord") WHERE "fact_claims"."kind_first";--> statement-breakpoint
CREATE INDEX "fact_claims_document_idx" ON "fact_claims" USING btree ("fact_id","document_id");--> statement-breakpoint
CREATE INDEX "fact_claims_root_idx" ON "fact_claims" USING btree ("fact_id","copy_root");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "tessera_origin_set"(o text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(o) x $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "claims_origin_set_trg"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."origin_set" := "tessera_origin_set"(NEW."origin"); RETURN NEW; END $$;--> statement-breakpoint
CREATE TRIGGER "claims_origin_set" BEFORE INSERT OR UPDATE OF "origin" ON "claims" FOR EACH ROW EXECUTE FUNCTION "claims_origin_set_trg"();--> statement-breakpoint
UPDATE "claims" SET "origin_set" = "tessera_origin_set"("origin");--> statement-breakpoint
UPDATE "claims" c SET "context" = substr(d."text", greatest(1, c."span_start" - 240 + 1), c."span_end" - c."span_start" + 2 * 240) FROM "documents" d WHERE d."id" = c."document_id" AND c."effective_date" IS NOT NULL;--> statement-breakpoint
UPDATE "fact_claims" fc SET "document_id" = c."document_id", "copy_root" = coalesce(s."copy_root", c."document_id") FROM "claims" c LEFT JOIN "document_signatures" s ON s."document_id" = c."document_id" WHERE c."id" = fc."claim_id";--> statement-breakpoint
UPDATE "fact_claims" SET "kind_first" = true WHERE "claim_id" IN (
  SELECT DISTINCT ON (fc."fact_id", c."source", d."outlet", coalesce(c."date", d."published")) fc."claim_id"
  FROM "fact_claims" fc JOIN "claims" c ON c."id" = fc."claim_id" JOIN "documents" d ON d."id" = c."document_id"
  ORDER BY fc."fact_id", c."source", d."outlet", coalesce(c."date", d."published"), fc."ord"
);
