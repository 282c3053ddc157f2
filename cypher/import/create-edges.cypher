// Creates relationships the importer found absent, between nodes that exist.
// Parameters: $rows (list of {id, type, source, target, loadedAt, props}); type is from the
// model's allowlist; loadedAt (ISO 8601) becomes the provenanceLoadedAt date-time.
// Returns: created (count; fewer than the rows means an end was missing).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.id = row.id, r.provenanceLoadedAt = datetime(row.loadedAt)
RETURN count(r) AS created
