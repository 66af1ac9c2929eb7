-- Answers kept across restarts (services/answer-cache.ts): the overview's bytes, valid while the store's
-- latest change and the code that made them are the same, so the first overview after a start reads a row.
CREATE TABLE "kept_answers" (
	"key" text PRIMARY KEY NOT NULL,
	"change_id" bigint NOT NULL,
	"build" text NOT NULL,
	"body" "bytea" NOT NULL,
	"kept_at" timestamp with time zone DEFAULT now() NOT NULL
);
