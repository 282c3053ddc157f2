// Records that a session was used. Parameters: $tokenHash, $now (epoch ms). Returns nothing.
MATCH (s:Session {tokenHash: $tokenHash})
SET s.lastSeenAt = datetime({epochMillis: $now})
