// One node by id. Parameters: $id. Returns: id, labels, props (no row when unknown).
MATCH (n:Entity {id: $id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
