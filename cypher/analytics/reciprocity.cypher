// Product flows that go one way only: A disseminates its products to B, and B disseminates
// none back to A (among what the viewer may see and the analysis counts). Cooperation is
// left out: it is mutual by nature, so its recorded direction says nothing of who gives.
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence,
// $sources (the analysis scope).
// Returns per one-way pair: source, sourceLabels, sourceProps, target, targetLabels,
// targetProps, type, edgeIds (the flows from A to B), products.
MATCH (a:Entity)-[d:DISSEMINATES_TO]->(b:Entity)
WHERE ($asOf IS NULL OR (
  (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
  AND (d.validFrom IS NULL OR d.validFrom <= $asOf) AND (d.validTo IS NULL OR d.validTo >= $asOf)
  AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  AND @visible(a) AND @visible(d) AND @visible(b)
  AND @inScope(a) AND @inScope(d) AND @inScope(b)
  AND NOT EXISTS {
    MATCH (b)-[back:DISSEMINATES_TO]->(a)
    WHERE ($asOf IS NULL OR ((back.validFrom IS NULL OR back.validFrom <= $asOf) AND (back.validTo IS NULL OR back.validTo >= $asOf)))
      AND @visible(back) AND @inScope(back)
  }
WITH a, b, type(d) AS type, collect(d) AS flows
RETURN a.id AS source, labels(a) AS sourceLabels, properties(a) AS sourceProps,
  b.id AS target, labels(b) AS targetLabels, properties(b) AS targetProps, type,
  [flow IN flows | flow.id] AS edgeIds, [flow IN flows WHERE flow.products IS NOT NULL | flow.products] AS products
ORDER BY source, target
