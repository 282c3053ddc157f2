// The nodes a named source loaded, with their markings (a replace leaves alone what the
// importer may not see). Parameters: $source. Returns: id, labels, classification, caveats.
MATCH (n:Entity)
WHERE n.provenanceSource = $source
RETURN n.id AS id, labels(n) AS labels, n.classification AS classification, n.caveats AS caveats
