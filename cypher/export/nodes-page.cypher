// One page of the nodes the viewer may see, in id order, for a streamed export: ids after $after.
// Parameters: $after (id, '' for the first page), $limit, $markings, $caveats (the viewer).
// Returns: id, labels, props per node.
MATCH (n:Entity)
WHERE n.id > $after AND @visible(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY n.id
LIMIT $limit
