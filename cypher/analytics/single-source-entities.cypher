// Entities resting on one source document: each cites one (provenanceDocument), and no
// other element states the same entity (among what the viewer may see and the analysis
// counts). Entities citing no document are the undocumented query's business.
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence,
// $sources (the analysis scope).
// Returns per entity: id, labels, props, document.
MATCH (n:Entity)
WHERE n.provenanceDocument IS NOT NULL
  AND ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo >= $asOf)))
  AND @visible(n) AND @inScope(n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, n.provenanceDocument AS document
ORDER BY id
