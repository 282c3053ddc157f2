// All shortest paths between two entities, up to 12 hops, either direction, through
// entities and relationships the viewer may see only (a path that exists only through a
// hidden element is no path).
// Parameters: $from, $to (ids), $types (list of relationship types or null), $limit (int),
//   $markings, $caveats (the viewer).
// Returns: nodes (list of {id, labels, props}) and rels (list of {id, type, source,
//   target, props}) per path.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE @visible(a) AND @visible(b)
MATCH p = allShortestPaths((a)-[*..12]-(b))
WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND @visible(r))
  AND all(n IN nodes(p) WHERE @visible(n))
WITH p LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), props: properties(n)}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS rels
