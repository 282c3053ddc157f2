// One user's personal access tokens, newest first, without their hashes.
// Parameters: $username. Returns: id, name, createdAt, expiresAt, lastUsedAt.
MATCH (t:AccessToken {username: $username})
RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.expiresAt AS expiresAt,
       t.lastUsedAt AS lastUsedAt
ORDER BY t.createdAt DESC, t.id
