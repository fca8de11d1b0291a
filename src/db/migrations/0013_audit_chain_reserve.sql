-- Reserves the next links of the audit chain in one round trip: takes the chain's advisory lock
-- (held to the end of the transaction), then reads the head's hash and draws `n` sequence
-- numbers. PL/pgSQL runs the statements in order, each with a fresh snapshot, so the head is
-- read after the lock is held — exactly as the three separate statements did before.
CREATE OR REPLACE FUNCTION audit_chain_reserve(lock_key bigint, n integer)
RETURNS TABLE (head_hash text, seqs bigint[])
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key);
  RETURN QUERY SELECT
    (SELECT a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1),
    ARRAY(SELECT nextval(pg_get_serial_sequence('audit_log', 'seq')) FROM generate_series(1, n));
END;
$$;
