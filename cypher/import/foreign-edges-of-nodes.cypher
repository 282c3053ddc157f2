// Relationships that hold on to nodes a replace would delete and that the replace may
// not delete with them: those of other sources, and marked ones (the importer may not be
// cleared for them; the caller decides). Deleting the nodes would delete these too, so
// the importer refuses.
// Parameters: $ids (node ids to delete), $source, $limit.
// Returns: id, type, node, source, classification, caveats.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WHERE r.provenanceSource IS NULL OR r.provenanceSource <> $source
   OR coalesce(r.classification, 'UNCLASSIFIED') <> 'UNCLASSIFIED' OR r.caveats IS NOT NULL
RETURN r.id AS id, type(r) AS type, n.id AS node, r.provenanceSource AS source,
       r.classification AS classification, r.caveats AS caveats
LIMIT $limit
