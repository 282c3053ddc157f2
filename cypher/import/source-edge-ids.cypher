// The relationships a named source loaded, with their markings. Parameters: $source.
// Returns: id, type, classification, caveats.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.provenanceSource = $source
RETURN r.id AS id, type(r) AS type, r.classification AS classification, r.caveats AS caveats
