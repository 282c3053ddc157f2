// Relationships of the analytics projection: every relationship valid on $asOf whose both
// ends are too, that the viewer may see with both its ends.
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns: id, type, source, target.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($asOf IS NULL OR (
  (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
  AND (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
  AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  AND @visible(a) AND @inScope(a) AND @visible(r) AND @inScope(r) AND @visible(b) AND @inScope(b)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target
