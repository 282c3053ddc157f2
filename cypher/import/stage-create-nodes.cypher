// Creates a batch of a staged import's new nodes, marked stagedBy $stage: committed, but
// invisible to every reader until the stage is published.
// Parameters: $stage (the import's id); $rows (list of {id, kind, loadedAt, props}); kind
// is a label from the model's allowlist; loadedAt (ISO 8601) becomes provenanceLoadedAt.
// Returns: created (count).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props, n.id = row.id, n.provenanceLoadedAt = datetime(row.loadedAt), n.stagedBy = $stage
SET n:$(row.kind)
RETURN count(n) AS created
