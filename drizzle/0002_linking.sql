CREATE TABLE "document_bands" (
	"key" text NOT NULL,
	"document_id" integer NOT NULL,
	CONSTRAINT "document_bands_key_document_id_pk" PRIMARY KEY("key","document_id")
);
--> statement-breakpoint
CREATE TABLE "document_signatures" (
	"document_id" integer PRIMARY KEY NOT NULL,
	"signature" text NOT NULL,
	"copy_of" integer,
	"copy_root" integer NOT NULL,
	"jaccard" real
);
--> statement-breakpoint
CREATE TABLE "fact_claims" (
	"claim_id" integer PRIMARY KEY NOT NULL,
	"fact_id" integer NOT NULL,
	"linked_to" integer,
	"why" jsonb NOT NULL,
	"ord" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "facts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"value_min" bigint,
	"value_max" bigint,
	"population" text NOT NULL,
	"origin" text[],
	"status" text NOT NULL,
	"date" text,
	"claim_count" integer NOT NULL,
	"document_count" integer NOT NULL,
	"origins" integer NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "credibility" integer;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "reliability" text;--> statement-breakpoint
ALTER TABLE "document_bands" ADD CONSTRAINT "document_bands_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_signatures" ADD CONSTRAINT "document_signatures_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_signatures" ADD CONSTRAINT "document_signatures_copy_of_documents_id_fk" FOREIGN KEY ("copy_of") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_claims" ADD CONSTRAINT "fact_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_claims" ADD CONSTRAINT "fact_claims_fact_id_facts_id_fk" FOREIGN KEY ("fact_id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fact_claims_fact_idx" ON "fact_claims" USING btree ("fact_id","ord");--> statement-breakpoint
CREATE INDEX "facts_key_idx" ON "facts" USING btree ("key");--> statement-breakpoint
CREATE INDEX "facts_population_idx" ON "facts" USING btree ("population","status");--> statement-breakpoint
CREATE INDEX "facts_origin_gin" ON "facts" USING gin ("origin");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_credibility_ck" CHECK ("claims"."credibility" BETWEEN 1 AND 6);--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_reliability_ck" CHECK ("sources"."reliability" IN ('A', 'B', 'C', 'D', 'E', 'F'));