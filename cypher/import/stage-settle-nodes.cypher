// After a stage is published: its nodes lose stagedBy, a batch per transaction, so reads
// no longer look the stage up for them. Auto-commit. Parameters: $id. Returns nothing.
MATCH (n:Entity)
WHERE n.stagedBy = $id
CALL (n) { REMOVE n.stagedBy } IN TRANSACTIONS OF 10000 ROWS
