-- The change log is append-only: rows can be added, never changed or removed.
CREATE FUNCTION tessera_change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'change_log is append-only (% refused)', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION tessera_change_log_append_only();
--> statement-breakpoint
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION tessera_change_log_append_only();
