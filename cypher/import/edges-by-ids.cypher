// Relationships by id, whatever their type or ends, and whether the importer may see
// each: a relationship is visible only when it and both its stored ends are, and one it
// may not see is, to the importer, an id already in use, never changed, rewired or
// deleted. Relationship-id indexes are per type, so the pattern names every type of the
// model (a test checks the list against graph-model.json); a pattern without a type would
// scan every relationship.
// Parameters: $ids (list of ids); $seesAll (an importer cleared for everything: the seed,
// the CLI) and the importer's $markings/$caveats.
// Returns: id, type, source, target, props, ends (the stored {classification, caveats} of
// both ends), visible per match.
UNWIND $ids AS id
MATCH (a)-[r:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->(b)
WHERE r.id = id
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props,
       [{classification: a.classification, caveats: a.caveats}, {classification: b.classification, caveats: b.caveats}] AS ends,
       $seesAll OR (@visible(r) AND @visible(a) AND @visible(b)) AS visible
