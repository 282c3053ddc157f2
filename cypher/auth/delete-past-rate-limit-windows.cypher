// Deletes the windows that have ended (nothing counts in them any more), at most $limit at
// a time so that one sweep stays small. Parameters: $now (epoch ms), $limit.
// Returns: deleted (count).
OPTIONAL MATCH (w:RateLimitWindow)
WHERE w.resetAt <= $now
WITH w LIMIT $limit
DELETE w
RETURN count(w) AS deleted
