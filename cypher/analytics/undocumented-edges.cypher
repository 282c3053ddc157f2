// Relationships without provenance, or marked as resting on a low-confidence reading,
// that the viewer may see with both their ends.
// Parameters: $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope). Returns: id, type, source, target, props.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (r.provenanceDocument IS NULL OR r.provenanceLocator IS NULL OR r.documented = false OR r.confidence = 'low')
  AND @visible(a) AND @inScope(a) AND @visible(r) AND @inScope(r) AND @visible(b) AND @inScope(b)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY id
