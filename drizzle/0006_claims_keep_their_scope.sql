ALTER TABLE "claims" ADD COLUMN "scope" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "scope_marker" text;