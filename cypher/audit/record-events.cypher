// Appends several audit events in one statement (the audit trail commits events that
// arrive together in one transaction); the trail has no statement that changes or
// deletes one. `at` is the database's clock, to the millisecond.
// Parameters: $events, a list of maps {id, actor, action, target (or null), outcome,
// details (a JSON string), classification and caveats (the marking of what the event
// names, stored as elements store theirs: null for UNCLASSIFIED and for no caveats)}.
// Returns: id, at per event.
UNWIND $events AS event
CREATE (e:AuditEvent {
  id: event.id,
  at: datetime.truncate('millisecond', datetime.realtime()),
  actor: event.actor,
  action: event.action,
  target: event.target,
  outcome: event.outcome,
  details: event.details,
  classification: event.classification,
  caveats: event.caveats
})
RETURN e.id AS id, e.at AS at
