// Appends audit events at the places reserve-chain reserved, each with the hash of the
// one before (prevHash) and its own (hash, over its stored fields: see audit-chain.ts).
// The trail has no statement that changes or deletes an event.
// Parameters: $events, a list of maps {id, seq, at (an ISO instant), actor, action,
// target (or null), outcome, details (a JSON string), classification and caveats (the
// marking of what the event names, stored as elements store theirs: null for
// UNCLASSIFIED and for no caveats), prevHash, hash}.
// Returns: id per event.
UNWIND $events AS event
CREATE (e:AuditEvent {
  id: event.id,
  seq: toInteger(event.seq),
  at: datetime(event.at),
  actor: event.actor,
  action: event.action,
  target: event.target,
  outcome: event.outcome,
  details: event.details,
  classification: event.classification,
  caveats: event.caveats,
  prevHash: event.prevHash,
  hash: event.hash
})
RETURN e.id AS id
