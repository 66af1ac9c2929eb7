-- The review queue reads the claims of one review state in id order, keyset-paged.
CREATE INDEX IF NOT EXISTS "claims_review_idx" ON "claims" USING btree ("review","id");
