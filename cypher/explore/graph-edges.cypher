// Relationships whose both ends are among the given nodes.
// Parameters: $ids (list of node ids), $types (list of relationship types from the model,
//   or null for all), $asOf (date or null), $markings, $caveats (the viewer).
// Returns: id, type, source, target, props per relationship the viewer may see.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND @visible(a) AND @visible(r) AND @visible(b)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY r.id
