// A session by its token's hash, with its user as they are now.
// Parameters: $tokenHash. Returns: id, csrfTokenHash, createdAt, lastSeenAt (epoch ms),
// username, role, clearance, caveats, disabled, mustChangePassword (no row when unknown).
MATCH (s:Session {tokenHash: $tokenHash})
MATCH (u:User {username: s.username})
RETURN s.id AS id, s.csrfTokenHash AS csrfTokenHash,
       s.createdAt.epochMillis AS createdAt, s.lastSeenAt.epochMillis AS lastSeenAt,
       u.username AS username, u.role AS role, u.clearance AS clearance, u.caveats AS caveats,
       u.disabled AS disabled, u.mustChangePassword AS mustChangePassword
