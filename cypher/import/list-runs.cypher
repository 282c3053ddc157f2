// The import history, newest first. Parameters: $limit. Returns: run (map) per import.
MATCH (r:ImportRun)
RETURN properties(r) AS run
ORDER BY r.startedAt DESC
LIMIT $limit
