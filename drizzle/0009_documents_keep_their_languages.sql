ALTER TABLE "documents" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
UPDATE "documents" SET "languages" = ARRAY["lang"] WHERE "lang" IS NOT NULL;