// Nodes of the analytics projection: every entity valid on $asOf (all when null) that the viewer may see.
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns: id, labels, name (English, else French, else Dutch).
MATCH (n:Entity)
WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo >= $asOf)))
  AND @visible(n) AND @inScope(n)
RETURN n.id AS id, labels(n) AS labels, coalesce(n.nameEn, n.nameFr, n.nameNl) AS name
