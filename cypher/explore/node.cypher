// One node by id, when the viewer may see it. Parameters: $id, $markings, $caveats (the viewer).
// Returns: id, labels, props (no row when unknown or hidden: the two are indistinguishable).
MATCH (n:Entity {id: $id})
WHERE @visible(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
