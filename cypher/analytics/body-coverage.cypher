// Per coordination body: the services recorded as taking part in it.
// Parameters: $asOf (date or null).
// Returns per body: id, labels, props, services (ids), edgeIds.
MATCH (b:Body)
WHERE $asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf))
OPTIONAL MATCH (s:Service)-[r:PARTICIPATES_IN]->(b)
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
RETURN b.id AS id, labels(b) AS labels, properties(b) AS props, collect(DISTINCT s.id) AS services, collect(r.id) AS edgeIds
ORDER BY size(services), id
