// Creates a personal access token for an enabled user (no row when the user is unknown or
// disabled, or when the session it is made from has ended). The SET takes the user's write
// lock before anything is checked: a password change or disabling (which writes the user,
// then deletes its sessions and tokens) commits wholly before this reads on, or waits for
// it, so no token is made from a session that such a change ends. No SET here reads the
// property it writes (see audit/reserve-chain.cypher on false deadlocks).
// Parameters: $username, $id, $tokenHash, $name, $now (epoch ms), $expiresAt (epoch ms or
// null), $sessionId (the session the request came with, or null for the operator's tools).
// Returns: id, name, createdAt, expiresAt, lastUsedAt.
MATCH (u:User {username: $username})
SET u.accessTokenMintedAt = datetime({epochMillis: $now})
WITH u
WHERE NOT u.disabled
  AND ($sessionId IS NULL OR EXISTS { MATCH (s:Session {id: $sessionId}) WHERE s.username = u.username })
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
