// Per coordination body: the services recorded as taking part in it, and its other members
// (partners, authorities) with their role (what the viewer may see, in the analysis scope).
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per body: id, labels, props, services (ids), edgeIds, others (list of {id, role}).
MATCH (b:Body)
WHERE ($asOf IS NULL OR ((b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  AND @visible(b) AND @inScope(b)
OPTIONAL MATCH (s:Service)-[r:PARTICIPATES_IN]->(b)
WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))
  AND @visible(s) AND @inScope(s) AND @visible(r) AND @inScope(r)
WITH b, collect(DISTINCT s.id) AS services, collect(r.id) AS edgeIds
OPTIONAL MATCH (m:Entity)-[o:PARTICIPATES_IN]->(b)
WHERE NOT m:Service
  AND ($asOf IS NULL OR ((o.validFrom IS NULL OR o.validFrom <= $asOf) AND (o.validTo IS NULL OR o.validTo >= $asOf)))
  AND @visible(m) AND @inScope(m) AND @visible(o) AND @inScope(o)
RETURN b.id AS id, labels(b) AS labels, properties(b) AS props, services, edgeIds,
       [x IN collect({id: m.id, role: o.role}) WHERE x.id IS NOT NULL] AS others
ORDER BY size(services), id
