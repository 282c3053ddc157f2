// Per coordination body: the services recorded as taking part in it (what the viewer may see).
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per body: id, labels, props, services (ids), edgeIds.
MATCH (b:Body)
WHERE ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  AND @visible(b) AND @inScope(b)
OPTIONAL MATCH (s:Service)-[r:PARTICIPATES_IN]->(b)
WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND @visible(s) AND @inScope(s) AND @visible(r) AND @inScope(r)
RETURN b.id AS id, labels(b) AS labels, properties(b) AS props, collect(DISTINCT s.id) AS services, collect(r.id) AS edgeIds
ORDER BY size(services), id
