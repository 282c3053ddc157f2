// Deletes the nodes of an unpublished stage, with their relationships, a batch per
// transaction (a stage may hold millions). Runs as an auto-commit statement.
// Parameters: $id. Returns nothing.
MATCH (n:Entity)
WHERE n.stagedBy = $id
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
