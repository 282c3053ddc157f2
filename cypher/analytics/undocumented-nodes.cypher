// Entities without provenance, or that the source does not document, that the viewer may see.
// Parameters: $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope). Returns: id, labels, props.
MATCH (n:Entity)
WHERE (n.provenanceDocument IS NULL OR n.provenanceLocator IS NULL OR n.documented = false)
  AND @visible(n) AND @inScope(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
