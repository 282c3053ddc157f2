// Deletes a user account with its sessions and access tokens. Parameters: $username.
// Returns: deleted (1, or 0 when unknown).
OPTIONAL MATCH (u:User {username: $username})
CALL (u) {
  MATCH (s:Session {username: u.username})
  DELETE s
}
CALL (u) {
  MATCH (t:AccessToken {username: u.username})
  DELETE t
}
DELETE u
RETURN count(u) AS deleted
