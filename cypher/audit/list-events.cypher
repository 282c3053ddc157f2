// Audit events, newest first. Every filter may be null (no filter).
// Parameters: $actor, $action, $from (inclusive), $to (exclusive) as ISO dates or instants,
// $limit. Returns: id, at, actor, action, target, outcome, details (a JSON string).
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
RETURN e.id AS id, e.at AS at, e.actor AS actor, e.action AS action, e.target AS target,
       e.outcome AS outcome, e.details AS details
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
