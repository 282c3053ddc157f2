// Creates a personal access token for an enabled user (no row when the user is unknown or
// disabled). Parameters: $username, $id, $tokenHash, $name, $now (epoch ms),
// $expiresAt (epoch ms or null). Returns: id, name, createdAt, expiresAt, lastUsedAt.
MATCH (u:User {username: $username})
WHERE NOT u.disabled
CREATE (t:AccessToken {
  id: $id,
  tokenHash: $tokenHash,
  username: u.username,
  name: $name,
  createdAt: datetime({epochMillis: $now}),
  expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime({epochMillis: $expiresAt}) END
})
RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.expiresAt AS expiresAt,
       t.lastUsedAt AS lastUsedAt
