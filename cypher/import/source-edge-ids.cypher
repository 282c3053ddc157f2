// The relationships a named source loaded. Parameters: $source. Returns: id, type.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.provenanceSource = $source
RETURN r.id AS id, type(r) AS type
