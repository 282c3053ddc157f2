// Deletes relationships by id (a replace removing what the file lacks, or a relationship
// whose type or ends changed, before it is created anew). The type list is the model's,
// as in import/edges-by-ids. Parameters: $ids. Returns: deleted (count).
UNWIND $ids AS id
MATCH ()-[r:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->()
WHERE r.id = id
DELETE r
RETURN count(r) AS deleted
