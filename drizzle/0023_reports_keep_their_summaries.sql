CREATE TABLE "report_places" (
	"document_id" integer NOT NULL,
	"code" text NOT NULL,
	"origin_claims" integer NOT NULL,
	"origin_children_max" bigint,
	"location_claims" integer NOT NULL,
	"location_children_max" bigint,
	CONSTRAINT "report_places_document_id_code_pk" PRIMARY KEY("document_id","code")
);
--> statement-breakpoint
CREATE TABLE "report_questions" (
	"document_id" integer NOT NULL,
	"population" text NOT NULL,
	"origin_set" text[] NOT NULL,
	"status" text NOT NULL,
	"claims" integer NOT NULL,
	CONSTRAINT "report_questions_document_id_population_origin_set_status_pk" PRIMARY KEY("document_id","population","origin_set","status")
);
--> statement-breakpoint
CREATE TABLE "report_summaries" (
	"document_id" integer NOT NULL,
	"population" text NOT NULL,
	"status" text NOT NULL,
	"affiliation" text,
	"claims" integer NOT NULL,
	"unreviewed" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_places" ADD CONSTRAINT "report_places_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_questions" ADD CONSTRAINT "report_questions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_summaries" ADD CONSTRAINT "report_summaries_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_summaries_document_idx" ON "report_summaries" USING btree ("document_id");--> statement-breakpoint
-- What each summary holds, as views over the claims (rejected claims left out): the triggers below write a
-- report's rows from them, and the reports stored before this migration are summarised from them at once.
CREATE VIEW "report_summaries_of_claims" AS
  SELECT "document_id", "population", "status", "affiliation", count(*)::int AS "claims",
    (count(*) FILTER (WHERE "review" = 'unreviewed'))::int AS "unreviewed"
  FROM "claims" WHERE "review" <> 'rejected'
  GROUP BY "document_id", "population", "status", "affiliation";
--> statement-breakpoint
CREATE VIEW "report_places_of_claims" AS
  SELECT c."document_id", p."code",
    (count(*) FILTER (WHERE p."is_origin"))::int AS "origin_claims",
    max(coalesce(c."value_max", c."value_min")) FILTER (WHERE p."is_origin" AND c."population" = 'children') AS "origin_children_max",
    (count(*) FILTER (WHERE NOT p."is_origin"))::int AS "location_claims",
    max(coalesce(c."value_max", c."value_min")) FILTER (WHERE NOT p."is_origin" AND c."population" = 'children') AS "location_children_max"
  FROM "claims" c,
    LATERAL (SELECT true AS "is_origin", o AS "code" FROM unnest(c."origin") o
      UNION ALL SELECT false, l FROM unnest(c."location") l) p
  WHERE c."review" <> 'rejected' AND p."code" IS NOT NULL
  GROUP BY c."document_id", p."code";
--> statement-breakpoint
CREATE VIEW "report_questions_of_claims" AS
  SELECT "document_id", "population", "origin_set", "status", count(*)::int AS "claims"
  FROM "claims" WHERE "review" <> 'rejected' AND "qualifier" <> 'vague'
    AND "origin_set" IS NOT NULL AND ("value_min" IS NOT NULL OR "value_max" IS NOT NULL)
  GROUP BY "document_id", "population", "origin_set", "status";
--> statement-breakpoint
-- The summaries of the given reports written again from their claims: a report's rows are deleted and
-- its claims grouped anew, so a summary is its report's aggregate whatever the statement did (insert,
-- review, re-extraction, deletion).
CREATE OR REPLACE FUNCTION "tessera_summarise_reports"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  report integer;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
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
  DELETE FROM "report_summaries" WHERE "document_id" = ANY(ids);
  DELETE FROM "report_places" WHERE "document_id" = ANY(ids);
  DELETE FROM "report_questions" WHERE "document_id" = ANY(ids);
  INSERT INTO "report_summaries" ("document_id", "population", "status", "affiliation", "claims", "unreviewed")
    SELECT "document_id", "population", "status", "affiliation", "claims", "unreviewed" FROM "report_summaries_of_claims" WHERE "document_id" = ANY(ids);
  INSERT INTO "report_places" ("document_id", "code", "origin_claims", "origin_children_max", "location_claims", "location_children_max")
    SELECT "document_id", "code", "origin_claims", "origin_children_max", "location_claims", "location_children_max" FROM "report_places_of_claims" WHERE "document_id" = ANY(ids);
  INSERT INTO "report_questions" ("document_id", "population", "origin_set", "status", "claims")
    SELECT "document_id", "population", "origin_set", "status", "claims" FROM "report_questions_of_claims" WHERE "document_id" = ANY(ids);
END $$;
--> statement-breakpoint
-- Statement-level triggers over the statement's transition tables (one trigger per event: a trigger with
-- transition tables takes one), so a batch of reports stored in one statement is summarised once.
CREATE OR REPLACE FUNCTION "claims_summaries_inserted_trg"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "tessera_summarise_reports"(ARRAY(SELECT DISTINCT "document_id" FROM "inserted_claims"));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "claims_summaries_deleted_trg"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "tessera_summarise_reports"(ARRAY(SELECT DISTINCT "document_id" FROM "deleted_claims"));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An update changes a summary only when it changes a column the summaries read (linking rewrites
-- effective dates, grading the credibility: neither touches them).
CREATE OR REPLACE FUNCTION "claims_summaries_updated_trg"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "tessera_summarise_reports"(ARRAY(
    SELECT DISTINCT unnest(ARRAY[o."document_id", n."document_id"])
    FROM "old_claims" o JOIN "new_claims" n ON n."id" = o."id"
    WHERE (o."document_id", o."review", o."population", o."status", o."affiliation", o."origin", o."location",
        o."origin_set", o."qualifier", o."value_min", o."value_max")
      IS DISTINCT FROM (n."document_id", n."review", n."population", n."status", n."affiliation", n."origin",
        n."location", n."origin_set", n."qualifier", n."value_min", n."value_max")));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "claims_summaries_inserted" AFTER INSERT ON "claims" REFERENCING NEW TABLE AS "inserted_claims"
  FOR EACH STATEMENT EXECUTE FUNCTION "claims_summaries_inserted_trg"();
--> statement-breakpoint
CREATE TRIGGER "claims_summaries_deleted" AFTER DELETE ON "claims" REFERENCING OLD TABLE AS "deleted_claims"
  FOR EACH STATEMENT EXECUTE FUNCTION "claims_summaries_deleted_trg"();
--> statement-breakpoint
CREATE TRIGGER "claims_summaries_updated" AFTER UPDATE ON "claims" REFERENCING OLD TABLE AS "old_claims" NEW TABLE AS "new_claims"
  FOR EACH STATEMENT EXECUTE FUNCTION "claims_summaries_updated_trg"();
--> statement-breakpoint
-- The reports stored before: summarised at once.
INSERT INTO "report_summaries" ("document_id", "population", "status", "affiliation", "claims", "unreviewed")
  SELECT "document_id", "population", "status", "affiliation", "claims", "unreviewed" FROM "report_summaries_of_claims";
--> statement-breakpoint
INSERT INTO "report_places" ("document_id", "code", "origin_claims", "origin_children_max", "location_claims", "location_children_max")
  SELECT "document_id", "code", "origin_claims", "origin_children_max", "location_claims", "location_children_max" FROM "report_places_of_claims";
--> statement-breakpoint
INSERT INTO "report_questions" ("document_id", "population", "origin_set", "status", "claims")
  SELECT "document_id", "population", "origin_set", "status", "claims" FROM "report_questions_of_claims";
--> statement-breakpoint
ANALYZE "report_summaries", "report_places", "report_questions";
