// Relationships of the analytics projection: every relationship valid on $asOf whose both
// ends are too. Parameters: $asOf (date or null). Returns: id, type, source, target.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $asOf IS NULL OR (
  (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
  AND (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
  AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf))
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target
