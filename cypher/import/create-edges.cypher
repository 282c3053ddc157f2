// Creates relationships the importer found absent, between nodes that exist.
// Parameters: $rows (list of {id, type, source, target, props}); type is from the model's
// allowlist. Returns: created (count; fewer than the rows means an end was missing).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.id = row.id
RETURN count(r) AS created
