// Nodes of the analytics projection: every entity valid on $asOf (all when null).
// Parameters: $asOf (date or null). Returns: id, labels, name (English, else French).
MATCH (n:Entity)
WHERE $asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR n.validTo >= $asOf))
RETURN n.id AS id, labels(n) AS labels, coalesce(n.nameEn, n.nameFr) AS name
