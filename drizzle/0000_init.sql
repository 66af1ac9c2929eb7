CREATE TABLE "change_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "change_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" integer NOT NULL,
	"document_id" integer,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"document_id" integer NOT NULL,
	"value_min" bigint,
	"value_max" bigint,
	"qualifier" text NOT NULL,
	"population" text NOT NULL,
	"origin" text[],
	"status" text NOT NULL,
	"location" text[] NOT NULL,
	"affiliation" text,
	"age_min" integer,
	"age_max" integer,
	"source" text,
	"source_id" integer,
	"date" text,
	"quote" text NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"extractor_version" text NOT NULL,
	"extracted" jsonb NOT NULL,
	"edits" jsonb,
	"review" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_span_ck" CHECK ("claims"."span_start" >= 0 AND "claims"."span_end" >= "claims"."span_start"),
	CONSTRAINT "claims_review_ck" CHECK ("claims"."review" IN ('unreviewed', 'confirmed', 'rejected', 'corrected'))
);
--> statement-breakpoint
CREATE TABLE "document_blobs" (
	"document_id" integer PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"encoding" text,
	"text" text NOT NULL,
	"lang" text,
	"url" text,
	"outlet" text,
	"outlet_id" integer,
	"title" text,
	"published" text,
	"collected_at" timestamp with time zone NOT NULL,
	"collected_how" text NOT NULL,
	"collected_from" text NOT NULL,
	"collected_by" text NOT NULL,
	"extractor_version" text NOT NULL,
	"codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"document_id" integer NOT NULL,
	"media" text NOT NULL,
	"title" text,
	"date" text,
	"duration_min" integer,
	"spoken" text[] NOT NULL,
	"subtitles" text[] NOT NULL,
	"producer" text,
	"quote" text NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"extractor_version" text NOT NULL,
	"extracted" jsonb NOT NULL,
	"edits" jsonb,
	"review" text DEFAULT 'unreviewed' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "releases_review_ck" CHECK ("releases"."review" IN ('unreviewed', 'confirmed', 'rejected', 'corrected'))
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_blobs" ADD CONSTRAINT "document_blobs_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_outlet_id_sources_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_log_entity_idx" ON "change_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "change_log_document_idx" ON "change_log" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "claims_document_idx" ON "claims" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "claims_origin_gin" ON "claims" USING gin ("origin");--> statement-breakpoint
CREATE INDEX "claims_population_idx" ON "claims" USING btree ("population");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_sha256_uq" ON "documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "documents_search_gin" ON "documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "documents_codes_gin" ON "documents" USING gin ("codes");--> statement-breakpoint
CREATE INDEX "releases_document_idx" ON "releases" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_kind_key_uq" ON "sources" USING btree ("kind","key");