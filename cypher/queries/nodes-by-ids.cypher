// Nodes by id, in no particular order. Parameters: $ids (list of ids).
// Returns: id, labels, props per node found.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
