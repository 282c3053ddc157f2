// Sets the marking of one relationship the viewer may see, with both its ends: a
// relationship with an end the viewer may not see is missing for them, exactly as an id
// nobody has. Relationship-id indexes are per type, so the pattern names every type of
// the model (a test checks the list against graph-model.json).
// Parameters: $id, $classification (a level, or null for UNCLASSIFIED), $newCaveats
// (';'-separated, or null for none: not $caveats, which is the viewer's); $markings and
// $caveats (the viewer).
// Returns: id, beforeClassification, beforeCaveats, ends (the stored markings of both
// ends, as maps {classification, caveats}); no row when the viewer sees no such relationship.
MATCH (a:Entity)-[r:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->(b:Entity)
WHERE r.id = $id AND @visible(r) AND @visible(a) AND @visible(b)
WITH r, a, b, r.classification AS beforeClassification, r.caveats AS beforeCaveats
SET r.classification = $classification, r.caveats = $newCaveats
RETURN r.id AS id, beforeClassification, beforeCaveats,
       [{classification: a.classification, caveats: a.caveats}, {classification: b.classification, caveats: b.caveats}] AS ends
