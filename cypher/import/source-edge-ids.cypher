// The relationships a named source loaded that the importer may see, the relationship and
// both its ends (a replace leaves alone, and never names, the others), with the markings
// of all three. Parameters: $source; $seesAll (an importer cleared for everything: the
// seed, the CLI) and the importer's $markings/$caveats.
// Returns: id, type, markings (the stored {classification, caveats} of the relationship and its ends).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.provenanceSource = $source AND ($seesAll OR (@visible(r) AND @visible(a) AND @visible(b)))
RETURN r.id AS id, type(r) AS type,
       [{classification: r.classification, caveats: r.caveats}, {classification: a.classification, caveats: a.caveats},
        {classification: b.classification, caveats: b.caveats}] AS markings
