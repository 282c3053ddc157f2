// Updates relationships whose type and ends are unchanged: properties become exactly the
// given ones (the stored marking among them where the files leave it out). Parameters: $rows (list of {id, source, target, loadedAt, props}); loadedAt
// (ISO 8601) becomes the provenanceLoadedAt date-time. Returns: updated (count).
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target})
WHERE r.id = row.id
SET r = row.props, r.id = row.id, r.provenanceLoadedAt = datetime(row.loadedAt)
RETURN count(r) AS updated
