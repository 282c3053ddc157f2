// Appends one audit event; the trail has no statement that changes or deletes one.
// `at` is the database's clock, to the millisecond (the precision of the API's instants,
// so that an instant read back finds its event again).
// Parameters: $id, $actor, $action, $target (or null), $outcome, $details (a JSON string).
// Returns: id, at.
CREATE (e:AuditEvent {
  id: $id,
  at: datetime.truncate('millisecond', datetime.realtime()),
  actor: $actor,
  action: $action,
  target: $target,
  outcome: $outcome,
  details: $details
})
RETURN e.id AS id, e.at AS at
