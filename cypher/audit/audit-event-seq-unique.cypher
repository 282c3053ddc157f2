// Each audit event has its own place in the chain: two events with one seq would be a
// fork, and the transaction that tried it fails instead. No parameters.
CREATE CONSTRAINT audit_event_seq_unique IF NOT EXISTS
FOR (e:AuditEvent) REQUIRE e.seq IS UNIQUE
