// Relationships that hold on to nodes a replace would delete and that the replace may
// not delete with them: those of other sources, and those the importer may not see (the
// relationship or its other end hidden: deleting the nodes would delete these too, so the
// importer refuses, naming nothing of them). Only refusals come back, so the limit never
// hides one behind relationships the replace may delete.
// Parameters: $ids (node ids to delete), $source, $limit; $seesAll (an importer cleared for
// everything: the seed, the CLI) and the importer's $markings/$caveats.
// Returns: id, type, node, source, hidden, markings (the stored {classification, caveats}
// of the relationship and its other end).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m)
WITH n, r, m, NOT ($seesAll OR (@visible(r) AND @visible(m))) AS hidden
WHERE hidden OR r.provenanceSource IS NULL OR r.provenanceSource <> $source
RETURN r.id AS id, type(r) AS type, n.id AS node, r.provenanceSource AS source, hidden,
       [{classification: r.classification, caveats: r.caveats}, {classification: m.classification, caveats: m.caveats}] AS markings
LIMIT $limit
