// Bumps the graph version; every write runs it in its own transaction.
// No parameters. Returns: version (the new value).
MERGE (m:GraphMeta {key: 'graph'})
ON CREATE SET m.version = 0
SET m.version = m.version + 1
RETURN m.version AS version
