// Entities the viewer may see with no relationship the viewer may see (a tie to a hidden
// entity does not count, so an orphan never betrays one). Parameters: $limit, $markings, $caveats.
// Returns: total (all orphans), markings (the distinct markings of all orphans) and, per orphan up to the limit, id, labels, props.
MATCH (n:Entity)
WHERE @visible(n)
  AND NOT EXISTS { MATCH (n)-[r]-(m:Entity) WHERE @visible(r) AND @visible(m) }
WITH collect(n) AS orphans, collect(DISTINCT {classification: n.classification, caveats: n.caveats}) AS markings
UNWIND (CASE WHEN size(orphans) = 0 THEN [null] ELSE orphans[0..$limit] END) AS n
RETURN size(orphans) AS total, markings, n.id AS id, labels(n) AS labels, properties(n) AS props
