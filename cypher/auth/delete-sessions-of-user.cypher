// Ends every session of one user. Parameters: $username. Returns: deleted (count).
OPTIONAL MATCH (s:Session {username: $username})
DELETE s
RETURN count(s) AS deleted
