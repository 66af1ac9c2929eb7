-- Source aliases an analyst confirmed: one spelling of a source (in any script) merged into its group's
-- main source. The alias's own grade is kept to be given back when it is unmerged.
CREATE TABLE "source_aliases" (
	"source_id" integer PRIMARY KEY NOT NULL,
	"canonical_id" integer NOT NULL,
	"reliability_before" text,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"merged_by" text NOT NULL,
	CONSTRAINT "source_aliases_not_self_ck" CHECK ("source_aliases"."source_id" <> "source_aliases"."canonical_id")
);
--> statement-breakpoint
ALTER TABLE "source_aliases" ADD CONSTRAINT "source_aliases_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_aliases" ADD CONSTRAINT "source_aliases_canonical_id_sources_id_fk" FOREIGN KEY ("canonical_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_aliases_canonical_idx" ON "source_aliases" USING btree ("canonical_id");
