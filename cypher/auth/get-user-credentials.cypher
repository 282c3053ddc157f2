// What signing in checks: the password hash and whether the account is disabled.
// Only sign-in and password changes read this. Parameters: $username.
// Returns: username, passwordHash, disabled (no row when unknown).
MATCH (u:User {username: $username})
RETURN u.username AS username, u.passwordHash AS passwordHash, u.disabled AS disabled
