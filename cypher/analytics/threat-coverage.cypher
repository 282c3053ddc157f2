// Per threat: the services that counter it, the projects that address it, and the services
// taking part in those projects (among what the viewer may see).
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per threat: id, labels, props, services (ids), projects (ids), edgeIds.
MATCH (t:Threat)
WHERE ($asOf IS NULL OR ((t.validFrom IS NULL OR t.validFrom <= $asOf) AND (t.validTo IS NULL OR t.validTo >= $asOf)))
  AND @visible(t) AND @inScope(t)
OPTIONAL MATCH (s:Service)-[c:COUNTERS]->(t)
WHERE ($asOf IS NULL OR ((c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)))
  AND @visible(s) AND @inScope(s) AND @visible(c) AND @inScope(c)
WITH t, collect(DISTINCT s.id) AS counteringServices, collect(c.id) AS counterEdges
OPTIONAL MATCH (p:Project)-[a:ADDRESSES]->(t)
WHERE ($asOf IS NULL OR ((a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)))
  AND @visible(p) AND @inScope(p) AND @visible(a) AND @inScope(a)
OPTIONAL MATCH (ps:Service)-[pi:PARTICIPATES_IN]->(p)
WHERE @visible(ps) AND @inScope(ps) AND @visible(pi) AND @inScope(pi)
WITH t, counteringServices, counterEdges, collect(DISTINCT p.id) AS projects, collect(DISTINCT a.id) AS addressEdges,
     collect(DISTINCT ps.id) AS projectServices, collect(DISTINCT pi.id) AS participationEdges
RETURN t.id AS id, labels(t) AS labels, properties(t) AS props,
       [x IN counteringServices + projectServices WHERE x IS NOT NULL | x] AS services, projects,
       counterEdges + addressEdges + participationEdges AS edgeIds
ORDER BY id
