// Relationships that hold on to nodes a replace would delete and that the replace may
// not delete with them: those of other sources, and those the importer may not see
// (deleting the nodes would delete these too, so the importer refuses). Only refusals
// come back, so the limit never hides one behind relationships the replace may delete.
// Parameters: $ids (node ids to delete), $source, $limit; $levels and $heldCaveats, the
// importer's clearance (the levels it reaches and the caveats it holds), or both null for
// an importer cleared for everything (the seed, the CLI).
// Returns: id, type, node, source, classification, caveats.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WHERE r.provenanceSource IS NULL OR r.provenanceSource <> $source
   OR ($levels IS NOT NULL
       AND NOT (coalesce(r.classification, 'UNCLASSIFIED') IN $levels
                AND all(caveat IN split(coalesce(r.caveats, ''), ';') WHERE caveat = '' OR caveat IN $heldCaveats)))
RETURN r.id AS id, type(r) AS type, n.id AS node, r.provenanceSource AS source,
       r.classification AS classification, r.caveats AS caveats
LIMIT $limit
