// Ends one session. Parameters: $tokenHash. Returns: id, username (no row when unknown).
MATCH (s:Session {tokenHash: $tokenHash})
WITH s, s.id AS id, s.username AS username
DELETE s
RETURN id, username
