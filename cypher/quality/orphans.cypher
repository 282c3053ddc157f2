// Entities with no relationship at all. Parameters: $limit.
// Returns: total (all orphans) and, per orphan up to the limit, id, labels, props.
MATCH (n:Entity)
WHERE NOT (n)--()
WITH collect(n) AS orphans
UNWIND (CASE WHEN size(orphans) = 0 THEN [null] ELSE orphans[0..$limit] END) AS n
RETURN size(orphans) AS total, n.id AS id, labels(n) AS labels, properties(n) AS props
