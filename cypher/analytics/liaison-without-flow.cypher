// Liaisons without a product flow: a service assigns or manages a liaison posted to an
// entity, yet no DISSEMINATES_TO joins the service and that entity, in either direction
// (among what the viewer may see and the analysis counts). The mirror of
// dissemination-without-liaison.
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence,
// $sources (the analysis scope).
// Returns per pair: service, serviceLabels, serviceProps, partner, partnerLabels,
// partnerProps, liaisons (id, labels, props of each), edgeIds (the assignments and postings).
MATCH (s:Service)-[a:ASSIGNS|MANAGES]->(l:Liaison)-[t:POSTED_TO]->(x:Entity)
WHERE ($asOf IS NULL OR (
  (s.validFrom IS NULL OR s.validFrom <= $asOf) AND (s.validTo IS NULL OR s.validTo >= $asOf)
  AND (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
  AND (l.validFrom IS NULL OR l.validFrom <= $asOf) AND (l.validTo IS NULL OR l.validTo >= $asOf)
  AND (t.validFrom IS NULL OR t.validFrom <= $asOf) AND (t.validTo IS NULL OR t.validTo >= $asOf)
  AND (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)))
  AND @visible(s) AND @visible(a) AND @visible(l) AND @visible(t) AND @visible(x)
  AND @inScope(s) AND @inScope(a) AND @inScope(l) AND @inScope(t) AND @inScope(x)
  AND NOT EXISTS {
    MATCH (s)-[d:DISSEMINATES_TO]-(x)
    WHERE ($asOf IS NULL OR ((d.validFrom IS NULL OR d.validFrom <= $asOf) AND (d.validTo IS NULL OR d.validTo >= $asOf)))
      AND @visible(d) AND @inScope(d)
  }
WITH s, x, collect(DISTINCT l) AS posts, collect(DISTINCT a.id) + collect(DISTINCT t.id) AS edgeIds
RETURN s.id AS service, labels(s) AS serviceLabels, properties(s) AS serviceProps,
  x.id AS partner, labels(x) AS partnerLabels, properties(x) AS partnerProps,
  [post IN posts | {id: post.id, labels: labels(post), props: properties(post)}] AS liaisons, edgeIds
ORDER BY service, partner
