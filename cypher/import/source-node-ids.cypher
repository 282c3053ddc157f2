// The nodes a named source loaded that the importer may see, with their markings (a
// replace leaves alone, and never names, what the importer may not see).
// Parameters: $source; $seesAll (an importer cleared for everything: the seed, the CLI)
// and the importer's $markings/$caveats. Returns: id, labels, classification, caveats.
MATCH (n:Entity)
WHERE n.provenanceSource = $source AND ($seesAll OR @visible(n))
RETURN n.id AS id, labels(n) AS labels, n.classification AS classification, n.caveats AS caveats
