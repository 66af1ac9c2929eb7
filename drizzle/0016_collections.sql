-- Need-to-know collections: every document belongs to exactly one. The built-in open collection `general`
-- is made here, and every document stored before this migration moves into it; grants give accounts a
-- role (viewer or analyst) in a collection. Who may read what is decided in services/, not here.
CREATE TABLE "collections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "collections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "collections_name_uq" ON "collections" USING btree ("name");--> statement-breakpoint
INSERT INTO "collections" ("name", "restricted", "created_by") VALUES ('general', false, 'tessera');--> statement-breakpoint
CREATE TABLE "collection_grants" (
	"collection_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"granted_by" text NOT NULL,
	CONSTRAINT "collection_grants_collection_id_user_id_pk" PRIMARY KEY("collection_id","user_id"),
	CONSTRAINT "collection_grants_role_ck" CHECK ("collection_grants"."role" in ('viewer', 'analyst'))
);
--> statement-breakpoint
ALTER TABLE "collection_grants" ADD CONSTRAINT "collection_grants_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_grants" ADD CONSTRAINT "collection_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_grants_user_idx" ON "collection_grants" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "collection_id" integer;--> statement-breakpoint
UPDATE "documents" SET "collection_id" = (SELECT "id" FROM "collections" WHERE "name" = 'general');--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "collection_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_collection_idx" ON "documents" USING btree ("collection_id","id");
