// How many entities and relationships the viewer may see (a relationship counts when it
// and both its ends are visible), and the markings they carry, for the summary of an
// answer and its banner.
// Parameters: $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns: entities, relationships, markings (list of distinct {classification, caveats}).
MATCH (n:Entity)
WHERE @visible(n) AND @inScope(n)
WITH count(n) AS entities, collect(DISTINCT {classification: n.classification, caveats: n.caveats}) AS nodeMarkings
OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
WHERE @visible(a) AND @inScope(a) AND @visible(r) AND @inScope(r) AND @visible(b) AND @inScope(b)
WITH entities, nodeMarkings, count(r) AS relationships,
     collect(DISTINCT {classification: r.classification, caveats: r.caveats}) AS edgeMarkings
RETURN entities, relationships, nodeMarkings + edgeMarkings AS markings
