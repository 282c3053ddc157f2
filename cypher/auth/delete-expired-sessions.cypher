// Deletes sessions idle since before $idleCutoff or opened before $absoluteCutoff (epoch
// ms), and those from before CSRF tokens were stored hashed (they held theirs in clear).
// Parameters: $idleCutoff, $absoluteCutoff. Returns: deleted (count).
OPTIONAL MATCH (s:Session)
WHERE s.lastSeenAt < datetime({epochMillis: $idleCutoff})
   OR s.createdAt < datetime({epochMillis: $absoluteCutoff})
   OR s.csrfTokenHash IS NULL
DELETE s
RETURN count(s) AS deleted
