// Sets the marking of one relationship. Relationship-id indexes are per type, so the
// pattern names every type of the model (a test checks the list against seed/model.json).
// Parameters: $id, $classification (a level, or null for UNCLASSIFIED), $caveats
// (';'-separated, or null for none).
// Returns: id, beforeClassification, beforeCaveats; no row when no relationship has that id.
MATCH ()-[r:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->()
WHERE r.id = $id
WITH r, r.classification AS beforeClassification, r.caveats AS beforeCaveats
SET r.classification = $classification, r.caveats = $caveats
RETURN r.id AS id, beforeClassification, beforeCaveats
