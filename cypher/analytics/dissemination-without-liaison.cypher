// Partners that receive a service's products but have no liaison from it: no liaison post
// the service assigns is posted to them (among what the viewer may see).
// Parameters: $service (id), $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per partner: id, labels, props, edgeId (the DISSEMINATES_TO relationship), products.
MATCH (s:Entity {id: $service})-[d:DISSEMINATES_TO]->(p:Entity)
WHERE ($asOf IS NULL OR (
  (d.validFrom IS NULL OR d.validFrom <= $asOf) AND (d.validTo IS NULL OR d.validTo >= $asOf)
  AND (p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)))
AND @visible(s) AND @inScope(s) AND @visible(d) AND @inScope(d) AND @visible(p) AND @inScope(p)
AND NOT EXISTS {
  MATCH (s)-[a:ASSIGNS]->(l:Liaison)-[t:POSTED_TO]->(p)
  WHERE ($asOf IS NULL OR (
    (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
    AND (t.validFrom IS NULL OR t.validFrom <= $asOf) AND (t.validTo IS NULL OR t.validTo >= $asOf)))
    AND @visible(a) AND @inScope(a) AND @visible(l) AND @inScope(l) AND @visible(t) AND @inScope(t)
}
RETURN p.id AS id, labels(p) AS labels, properties(p) AS props, d.id AS edgeId, d.products AS products
ORDER BY p.id
