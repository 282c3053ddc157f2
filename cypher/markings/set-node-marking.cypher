// Sets the marking of one entity. Parameters: $id, $classification (a level, or null for
// UNCLASSIFIED), $caveats (';'-separated, or null for none).
// Returns: id, beforeClassification, beforeCaveats; no row when no entity has that id.
MATCH (n:Entity {id: $id})
WITH n, n.classification AS beforeClassification, n.caveats AS beforeCaveats
SET n.classification = $classification, n.caveats = $caveats
RETURN n.id AS id, beforeClassification, beforeCaveats
