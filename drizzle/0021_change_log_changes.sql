-- The latest change of the store's data, past entries that only record a read of a restricted collection
-- or a refused login or token: caches of answers keyed by it stay valid across such reads.
CREATE INDEX "change_log_changes_idx" ON "change_log" USING btree ("id") WHERE "change_log"."action" NOT IN ('collection.read', 'login.refused', 'token.refused');