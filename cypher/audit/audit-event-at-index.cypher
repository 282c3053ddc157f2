// Audit events are read by time: newest first, or a time range. No parameters.
CREATE RANGE INDEX audit_event_at IF NOT EXISTS
FOR (e:AuditEvent) ON (e.at)
