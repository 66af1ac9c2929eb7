-- Releases keep how the registry groups and finds them (analysis/release-key.ts), so the registry pages and
-- filters in SQL instead of grouping every live release in memory. The keys are computed in TypeScript:
-- the rows stored before are keyed when the store is next opened (releases_unkeyed_idx finds them).
ALTER TABLE "releases" ADD COLUMN "group_key" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "spelling" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "title_key" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "producer_fold" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "search_fold" text;--> statement-breakpoint
CREATE INDEX "releases_group_idx" ON "releases" USING btree ("group_key","spelling","id");--> statement-breakpoint
CREATE INDEX "releases_unkeyed_idx" ON "releases" USING btree ("id") WHERE "releases"."search_fold" IS NULL;