DROP INDEX "claims_population_time_idx";--> statement-breakpoint
-- origin_set is written with each claim by the application (a row trigger cost every insert a function
-- call); the set is in code-point order, as the application sorts, whatever the database's collation.
DROP TRIGGER IF EXISTS "claims_origin_set" ON "claims";--> statement-breakpoint
DROP FUNCTION IF EXISTS "claims_origin_set_trg"();--> statement-breakpoint
CREATE OR REPLACE FUNCTION "tessera_origin_set"(o text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT array_agg(x ORDER BY x) FROM (SELECT DISTINCT x COLLATE "C" AS x FROM unnest(o) x) d $$;--> statement-breakpoint
UPDATE "claims" SET "origin_set" = "tessera_origin_set"("origin") WHERE "origin_set" IS DISTINCT FROM "tessera_origin_set"("origin");
