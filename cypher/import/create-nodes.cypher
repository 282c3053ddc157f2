// Creates nodes the importer found absent; their properties are exactly the given ones.
// Parameters: $rows (list of {id, kind, loadedAt, props}); kind is a label from the model's
// allowlist; loadedAt (ISO 8601) becomes the provenanceLoadedAt date-time. Returns: created (count).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props, n.id = row.id, n.provenanceLoadedAt = datetime(row.loadedAt)
SET n:$(row.kind)
RETURN count(n) AS created
