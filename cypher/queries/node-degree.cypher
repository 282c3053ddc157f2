// How many relationships a node has, per type and direction.
// Parameters: $id. Returns: type, direction ('out' or 'in'), count.
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(*) AS count
ORDER BY type, direction
