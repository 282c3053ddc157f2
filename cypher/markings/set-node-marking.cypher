// Sets the marking of one entity the viewer may see. An entity the viewer may not see is
// missing for them: no row, exactly as for an id nobody has.
// Parameters: $id, $classification (a level, or null for UNCLASSIFIED), $newCaveats
// (';'-separated, or null for none: not $caveats, which is the viewer's); $markings and
// $caveats (the viewer).
// Returns: id, beforeClassification, beforeCaveats, ends (empty: an entity has none);
// no row when the viewer sees no entity with that id.
MATCH (n:Entity {id: $id})
WHERE @visible(n)
WITH n, n.classification AS beforeClassification, n.caveats AS beforeCaveats
SET n.classification = $classification, n.caveats = $newCaveats
RETURN n.id AS id, beforeClassification, beforeCaveats, [] AS ends
