// Deletes sessions idle since before $idleCutoff or opened before $absoluteCutoff (epoch
// ms). Parameters: $idleCutoff, $absoluteCutoff. Returns: deleted (count).
OPTIONAL MATCH (s:Session)
WHERE s.lastSeenAt < datetime({epochMillis: $idleCutoff})
   OR s.createdAt < datetime({epochMillis: $absoluteCutoff})
DELETE s
RETURN count(s) AS deleted
