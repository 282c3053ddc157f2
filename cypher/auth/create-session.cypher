// Opens a session for an enabled user (no row when the user is unknown or disabled).
// Times are epoch milliseconds from the server's clock.
// Parameters: $username, $id, $tokenHash, $csrfTokenHash (the CSRF token's SHA-256; the
// token itself is never stored), $now, $ip, $userAgent.
// Returns: id.
MATCH (u:User {username: $username})
WHERE NOT u.disabled
CREATE (s:Session {
  id: $id,
  tokenHash: $tokenHash,
  username: u.username,
  csrfTokenHash: $csrfTokenHash,
  createdAt: datetime({epochMillis: $now}),
  lastSeenAt: datetime({epochMillis: $now}),
  ip: $ip,
  userAgent: $userAgent
})
RETURN s.id AS id
