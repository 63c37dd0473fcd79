-- Appends audit events to the hash chain in one statement: takes the chain's lock, reads its end with a snapshot taken
-- after the lock, and hashes each event exactly as src/platform/audit/chain.ts does (SHA-256 of the event's canonical
-- JSON: keys sorted, the previous hash among them), so that verifyAuditChain checks these events like any other. One
-- statement instead of three round trips, and none back to the application while the lock is held.
-- Each event: {action, actorId, unitId, targetType, targetId, at (ISO text), details (its canonical JSON, as text)}.
CREATE OR REPLACE FUNCTION teduh_audit_append(events jsonb) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  e jsonb;
  body text;
  next_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7411873002);
  SELECT a.seq, a.hash INTO last_seq, last_hash FROM audit_events a ORDER BY a.seq DESC LIMIT 1;
  last_seq := coalesce(last_seq, 0);
  last_hash := coalesce(last_hash, repeat('0', 64));
  FOR e IN SELECT x.value FROM jsonb_array_elements(events) WITH ORDINALITY AS x(value, n) ORDER BY x.n LOOP
    last_seq := last_seq + 1;
    body := '{"action":' || to_json(e->>'action')::text
      || ',"actorId":' || coalesce(to_json(e->>'actorId')::text, 'null')
      || ',"at":' || to_json(e->>'at')::text
      || ',"details":' || (e->>'details')
      || ',"prevHash":' || to_json(last_hash)::text
      || ',"seq":' || last_seq::text
      || ',"targetId":' || coalesce(to_json(e->>'targetId')::text, 'null')
      || ',"targetType":' || coalesce(to_json(e->>'targetType')::text, 'null')
      || ',"unitId":' || coalesce(to_json(e->>'unitId')::text, 'null')
      || '}';
    next_hash := encode(sha256(convert_to(body, 'UTF8')), 'hex');
    INSERT INTO audit_events (seq, at, action, actor_id, unit_id, target_type, target_id, details, prev_hash, hash)
    VALUES (last_seq, (e->>'at')::timestamptz, e->>'action', (e->>'actorId')::uuid, (e->>'unitId')::uuid,
            e->>'targetType', e->>'targetId', (e->>'details')::jsonb, last_hash, next_hash);
    last_hash := next_hash;
  END LOOP;
  RETURN last_seq;
END;
$$;
