// How many relationships the viewer may see a node has, per type and direction (a
// relationship to a hidden entity is not counted).
// Parameters: $id, $markings, $caveats (the viewer).
// Returns: type, direction ('out' or 'in'), count, markings (list of {classification, caveats}
//   of the relationships and neighbours counted).
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE @visible(n) AND @visible(r) AND @visible(m)
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(*) AS count,
       collect(DISTINCT {classification: r.classification, caveats: r.caveats})
         + collect(DISTINCT {classification: m.classification, caveats: m.caveats}) AS markings
ORDER BY type, direction
