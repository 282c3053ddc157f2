// Deletes the relationships of an unpublished stage left after its nodes (those between
// nodes it did not create), a batch per transaction. Relationship property indexes are
// per type, so this scans; it runs only on a failed import or at start-up.
// Parameters: $id. Returns nothing.
MATCH ()-[r]->()
WHERE r.stagedBy = $id
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
