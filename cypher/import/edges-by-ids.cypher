// Relationships by id, whatever their type or ends. Relationship-id indexes are per type,
// so the pattern names every type of the model (a test checks the list against
// seed/model.json); a pattern without a type would scan every relationship.
// Parameters: $ids (list of ids). Returns: id, type, source, target, props per match.
UNWIND $ids AS id
MATCH (a)-[r:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->(b)
WHERE r.id = id
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
