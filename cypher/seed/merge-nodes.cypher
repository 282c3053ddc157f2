// Creates or updates nodes by id; their properties become exactly the given ones, and
// their kind label the given one.
// Parameters: $rows (list of {id, kind, props}); kind is a label from the model's allowlist.
// Returns: created (count of new nodes).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.__created = true
WITH n, row, n.__created IS NOT NULL AS created,
     [label IN labels(n) WHERE label <> 'Entity' AND label <> row.kind] AS staleLabels
SET n = row.props, n.id = row.id
SET n:$(row.kind)
REMOVE n:$(staleLabels)
RETURN count(CASE WHEN created THEN 1 END) AS created
