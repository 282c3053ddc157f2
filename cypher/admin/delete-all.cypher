// Deletes every entity and relationship in batches (tests and benchmarks start from a
// known graph). The :GraphMeta node stays, so the graph version only ever grows; callers
// bump it afterwards. Runs as an auto-commit statement. No parameters. Returns nothing.
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
