// Audit events have unique ids. No parameters.
CREATE CONSTRAINT audit_event_id_unique IF NOT EXISTS
FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE
