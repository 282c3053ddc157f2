// Creates nodes the importer found absent; their properties are exactly the given ones.
// Parameters: $rows (list of {id, kind, props}); kind is a label from the model's allowlist.
// Returns: created (count).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props, n.id = row.id
SET n:$(row.kind)
RETURN count(n) AS created
