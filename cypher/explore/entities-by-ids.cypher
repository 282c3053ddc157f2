// The entities among the given ids that the viewer may see, in no particular order.
// Parameters: $ids (list of ids), $markings, $caveats (the viewer).
// Returns: id, labels, props per visible node found.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE @visible(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
