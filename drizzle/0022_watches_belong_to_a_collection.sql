-- Watches belong to a collection, as documents do (0016): a watch's captures, history, WARC, state alerts
-- and availability are read where its collection is, and its feed items are stored into it. Every watch
-- made before this migration moves into the built-in open collection general. A refused session cookie
-- (`session.refused`) records an attempt, not a change of the data: the partial index behind the latest
-- change id (0021) leaves it out too.
DROP INDEX "change_log_changes_idx";--> statement-breakpoint
ALTER TABLE "watches" ADD COLUMN "collection_id" integer;--> statement-breakpoint
UPDATE "watches" SET "collection_id" = (SELECT "id" FROM "collections" WHERE "name" = 'general');--> statement-breakpoint
ALTER TABLE "watches" ALTER COLUMN "collection_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "watches" ADD CONSTRAINT "watches_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "watches_collection_idx" ON "watches" USING btree ("collection_id","id");--> statement-breakpoint
CREATE INDEX "change_log_changes_idx" ON "change_log" USING btree ("id") WHERE "change_log"."action" NOT IN ('collection.read', 'login.refused', 'token.refused', 'session.refused');
