// After a stage is published: its relationships lose stagedBy, a batch per transaction
// (a scan: relationship property indexes are per type). Auto-commit.
// Parameters: $id. Returns nothing.
MATCH ()-[r]->()
WHERE r.stagedBy = $id
CALL (r) { REMOVE r.stagedBy } IN TRANSACTIONS OF 10000 ROWS
