// Relationships resting on one source document: every relationship stating the same fact
// (same type, same source, same target) cites that same document, and at least one cites
// it (among what the viewer may see and the analysis counts).
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence,
// $sources (the analysis scope).
// Returns per relationship: id, type, source, sourceLabels, sourceProps, target,
// targetLabels, targetProps, document.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.provenanceDocument IS NOT NULL
  AND ($asOf IS NULL OR (
    (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
    AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  AND @visible(a) AND @visible(r) AND @visible(b)
  AND @inScope(a) AND @inScope(r) AND @inScope(b)
WITH a, b, type(r) AS type, collect(r) AS statements, collect(DISTINCT r.provenanceDocument) AS documents
WHERE size(documents) = 1
UNWIND statements AS r
RETURN r.id AS id, type, a.id AS source, labels(a) AS sourceLabels, properties(a) AS sourceProps,
  b.id AS target, labels(b) AS targetLabels, properties(b) AS targetProps, documents[0] AS document
ORDER BY id
