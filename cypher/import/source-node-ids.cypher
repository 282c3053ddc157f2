// The nodes a named source loaded. Parameters: $source. Returns: id, labels per node.
MATCH (n:Entity)
WHERE n.provenanceSource = $source
RETURN n.id AS id, labels(n) AS labels
