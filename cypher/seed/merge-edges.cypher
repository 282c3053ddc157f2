// Creates or updates relationships by id between existing nodes; their properties become
// exactly the given ones.
// Parameters: $rows (list of {id, type, source, target, props}); type is from the model's
//   allowlist. Returns: written (count).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props, r.id = row.id
RETURN count(r) AS written
