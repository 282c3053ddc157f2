// A personal access token by its hash, with its user as they are now.
// Parameters: $tokenHash. Returns: id, expiresAt, lastUsedAt (epoch ms or null),
// username, role, clearance, caveats, disabled, mustChangePassword (no row when unknown).
MATCH (t:AccessToken {tokenHash: $tokenHash})
MATCH (u:User {username: t.username})
RETURN t.id AS id, t.expiresAt.epochMillis AS expiresAt, t.lastUsedAt.epochMillis AS lastUsedAt,
       u.username AS username, u.role AS role, u.clearance AS clearance, u.caveats AS caveats,
       u.disabled AS disabled, u.mustChangePassword AS mustChangePassword
