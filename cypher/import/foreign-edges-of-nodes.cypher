// Relationships of other sources that hold on to nodes a replace would delete: deleting
// the nodes would delete them too, so the importer refuses and names them.
// Parameters: $ids (node ids to delete), $source, $limit. Returns: id, type, node, source.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WHERE r.provenanceSource IS NULL OR r.provenanceSource <> $source
RETURN r.id AS id, type(r) AS type, n.id AS node, r.provenanceSource AS source
LIMIT $limit
