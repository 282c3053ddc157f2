// One breadth-first step: the entities adjacent to the frontier that were not seen yet,
// through relationships and to entities the viewer may see.
// Parameters: $frontier (list of ids), $seen (list of ids already reached),
//   $types (list of relationship types from the model, or null), $asOf (date or null),
//   $limit (int: at most this many new nodes), $markings, $caveats (the viewer).
// Returns: id, labels, props per new node, ordered by id.
UNWIND $frontier AS fromId
MATCH (f:Entity {id: fromId})-[r]-(m:Entity)
WHERE NOT m.id IN $seen
  AND ($types IS NULL OR type(r) IN $types)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND ($asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)))
  AND @visible(f) AND @visible(r) AND @visible(m)
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN m.id AS id, labels(m) AS labels, properties(m) AS props
