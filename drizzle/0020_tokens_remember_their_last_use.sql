-- An API token remembers when a request last came with it (to the minute), for the users page and
-- `tessera token list`.
ALTER TABLE "api_tokens" ADD COLUMN "last_used_at" timestamp with time zone;
