// Creates a batch of a staged import's new relationships, marked stagedBy $stage, between
// nodes that exist (staged ones included): invisible until the stage is published.
// Parameters: $stage; $rows (list of {id, type, source, target, loadedAt, props}); type
// is from the model's allowlist. Returns: created (count; fewer means an end was missing).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.id = row.id, r.provenanceLoadedAt = datetime(row.loadedAt), r.stagedBy = $stage
RETURN count(r) AS created
