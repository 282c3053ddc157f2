// Nodes of the graph view the viewer may see, ordered by id.
// Parameters: $kinds (list of labels from the model, or null for all),
//   $asOf (date or null: keep what is valid on that day), $limit (int; one more row is
//   fetched by the caller to detect truncation), $markings, $caveats (the viewer).
// Returns: id, labels, props per node, and total (the count before the limit, of visible nodes only).
MATCH (n:Entity)
WHERE ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
  AND ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo >= $asOf)))
  AND @visible(n)
WITH n ORDER BY n.id
WITH collect(n) AS matched
UNWIND matched[0..$limit] AS n
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, size(matched) AS total
