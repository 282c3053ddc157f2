// Empties the database in batches (tests and benchmarks start from a known graph).
// Runs as an auto-commit statement. No parameters. Returns nothing.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
