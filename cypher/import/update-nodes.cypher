// Updates nodes the importer found changed: properties become exactly the given ones and
// the kind label the given one (the importer has put the stored marking into the given
// properties where the files leave it out, so a marking changes only on purpose). Parameters: $rows (list of {id, kind, loadedAt, props}); kind
// is a label from the model's allowlist; loadedAt (ISO 8601) becomes the provenanceLoadedAt
// date-time. Returns: updated (count).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WITH n, row, [label IN labels(n) WHERE label <> 'Entity' AND label <> row.kind] AS staleLabels
SET n = row.props, n.id = row.id, n.provenanceLoadedAt = datetime(row.loadedAt)
SET n:$(row.kind)
REMOVE n:$(staleLabels)
RETURN count(n) AS updated
