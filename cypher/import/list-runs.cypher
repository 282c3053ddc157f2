// The import history, newest first (an entry without a start time last). Parameters: $limit. Returns: run (map) per import.
MATCH (r:ImportRun)
RETURN properties(r) AS run
ORDER BY coalesce(r.startedAt, '') DESC
LIMIT $limit
