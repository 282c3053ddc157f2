// Partners and how many relationships join them directly to services (either direction),
// among what the viewer may see.
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per partner: id, labels, props, threads (count), edgeIds, services (ids).
MATCH (p:Partner)
WHERE ($asOf IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)))
  AND @visible(p) AND @inScope(p)
OPTIONAL MATCH (p)-[r]-(s:Service)
WHERE ($asOf IS NULL OR (
  (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
  AND (s.validFrom IS NULL OR s.validFrom <= $asOf) AND (s.validTo IS NULL OR s.validTo >= $asOf)))
  AND @visible(r) AND @inScope(r) AND @visible(s) AND @inScope(s)
WITH p, collect(r.id) AS edgeIds, collect(DISTINCT s.id) AS services
RETURN p.id AS id, labels(p) AS labels, properties(p) AS props, size(edgeIds) AS threads, edgeIds, services
ORDER BY threads, id
