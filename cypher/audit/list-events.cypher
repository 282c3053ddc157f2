// Audit events the reader may see (an event is marked by what it names), newest first.
// Every filter may be null (no filter). Parameters: $actor, $action, $from (inclusive),
// $to (exclusive) as ISO dates or instants, $limit; $markings and $caveats (the viewer).
// Returns: id, seq (null before the chain began), at, actor, action, target, outcome,
// details (a JSON string), classification, caveats.
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND @visible(e)
RETURN e.id AS id, e.seq AS seq, e.at AS at, e.actor AS actor, e.action AS action, e.target AS target,
       e.outcome AS outcome, e.details AS details, e.classification AS classification, e.caveats AS caveats
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
