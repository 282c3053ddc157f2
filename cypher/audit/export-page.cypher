// One page of the audit events the reader may see, in the order they happened, after a
// cursor (the `at` and `id` of the last event of the previous page; both null for the
// first page). Every filter may be null. Parameters: $actor, $action, $from (inclusive),
// $to (exclusive), $afterAt, $afterId, $limit; $markings and $caveats (the viewer).
// Returns: id, seq, at, actor, action, target, outcome, details (JSON string),
// classification, caveats.
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actor = $actor)
  AND ($action IS NULL OR e.action = $action)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND ($afterAt IS NULL OR e.at > datetime($afterAt) OR (e.at = datetime($afterAt) AND e.id > $afterId))
  AND @visible(e)
RETURN e.id AS id, e.seq AS seq, e.at AS at, e.actor AS actor, e.action AS action, e.target AS target,
       e.outcome AS outcome, e.details AS details, e.classification AS classification, e.caveats AS caveats
ORDER BY e.at, e.id
LIMIT $limit
