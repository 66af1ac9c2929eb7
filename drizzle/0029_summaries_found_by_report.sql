-- The reports' summaries (migration 0023) are found by report id. Two costs of the first version, measured
-- on PostgreSQL while storing 8,192 reports in batches of 32 (docs/SCALING.md):
-- - Without statistics (a new store, a server without autovacuum, PGlite between its VACUUMs) the planner
--   guessed that 32 report ids match a sixth of a summary table and read all of it for every batch: the
--   time to store a batch grew with the store. The functions below plan with index scans only; every
--   statement in them finds rows by report id, which every summary table and the claims index lead with.
-- - A report stored new has no summary to delete: its rows are written, and only reports that had
--   claims that count are written again.
CREATE OR REPLACE FUNCTION "tessera_lock_reports"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  report integer;
BEGIN
  -- One writer per report at a time: two transactions changing claims of one report would otherwise each
  -- write its summary from a snapshot without the other's claims. Reports are locked in id order; a
  -- statement over many reports takes one lock for all of them instead (the lock table is finite).
  IF cardinality(ids) > 256 THEN
    PERFORM pg_advisory_xact_lock(7462, 0);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(7462, 0);
    FOR report IN SELECT DISTINCT x FROM unnest(ids) x ORDER BY x LOOP
      PERFORM pg_advisory_xact_lock(7463, report);
    END LOOP;
  END IF;
END $$;
--> statement-breakpoint
-- The summaries of reports already locked, from their claims; `replace` deletes their rows first.
CREATE OR REPLACE FUNCTION "tessera_write_summaries"(ids integer[], replace boolean) RETURNS void
LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  IF replace THEN
    DELETE FROM "report_summaries" WHERE "document_id" = ANY(ids);
    DELETE FROM "report_places" WHERE "document_id" = ANY(ids);
    DELETE FROM "report_questions" WHERE "document_id" = ANY(ids);
  END IF;
  INSERT INTO "report_summaries" ("document_id", "population", "status", "affiliation", "claims", "unreviewed")
    SELECT "document_id", "population", "status", "affiliation", "claims", "unreviewed" FROM "report_summaries_of_claims" WHERE "document_id" = ANY(ids);
  INSERT INTO "report_places" ("document_id", "code", "origin_claims", "origin_children_max", "location_claims", "location_children_max")
    SELECT "document_id", "code", "origin_claims", "origin_children_max", "location_claims", "location_children_max" FROM "report_places_of_claims" WHERE "document_id" = ANY(ids);
  INSERT INTO "report_questions" ("document_id", "population", "origin_set", "status", "claims")
    SELECT "document_id", "population", "origin_set", "status", "claims" FROM "report_questions_of_claims" WHERE "document_id" = ANY(ids);
END $$;
--> statement-breakpoint
-- The summaries of the given reports written again from their claims (deletions and updates).
CREATE OR REPLACE FUNCTION "tessera_summarise_reports"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM "tessera_lock_reports"(ids);
  PERFORM "tessera_write_summaries"(ids, true);
END $$;
--> statement-breakpoint
-- Inserted claims: a report without a summary row had no claims that count (every claim not rejected has
-- one), so its rows are written from its claims, with nothing to delete; the others are written again.
CREATE OR REPLACE FUNCTION "claims_summaries_inserted_trg"() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
DECLARE
  ids integer[] := ARRAY(SELECT DISTINCT "document_id" FROM "inserted_claims");
  fresh integer[];
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM "tessera_lock_reports"(ids);
  fresh := ARRAY(SELECT x FROM unnest(ids) x
    WHERE NOT EXISTS (SELECT 1 FROM "report_summaries" s WHERE s."document_id" = x));
  PERFORM "tessera_write_summaries"(fresh, false);
  PERFORM "tessera_write_summaries"(ARRAY(SELECT x FROM unnest(ids) x WHERE x <> ALL(fresh)), true);
  RETURN NULL;
END $$;
