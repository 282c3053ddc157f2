// Audit events with no place in the chain although recorded (by their time) after it
// began: nothing the product writes looks like that, so they were slipped in by hand.
// Events older than the chain are the trail from before it and are not counted.
// Parameters: $startedAt (the head's startedAt, an ISO instant). Returns one row: count,
// and the first such event's id, classification and caveats (null when there is none).
OPTIONAL MATCH (e:AuditEvent)
WHERE e.seq IS NULL AND e.at >= datetime($startedAt)
WITH count(e) AS count
OPTIONAL MATCH (first:AuditEvent)
WHERE first.seq IS NULL AND first.at >= datetime($startedAt)
RETURN count, first.id AS id, first.classification AS classification, first.caveats AS caveats
ORDER BY first.at, first.id
LIMIT 1
