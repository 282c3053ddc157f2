// Creates a user account unless the username is taken (then no row).
// Parameters: $username, $passwordHash (null: no password, an account entered by single
// sign-on only), $role, $clearance, $caveats (list of strings), $mustChangePassword.
// Returns: username, role, clearance, caveats, disabled, mustChangePassword, createdAt,
// updatedAt.
OPTIONAL MATCH (existing:User {username: $username})
WITH existing
WHERE existing IS NULL
CREATE (u:User {
  username: $username,
  passwordHash: $passwordHash,
  role: $role,
  clearance: $clearance,
  caveats: $caveats,
  disabled: false,
  mustChangePassword: $mustChangePassword,
  createdAt: datetime(),
  updatedAt: datetime()
})
RETURN u.username AS username, u.role AS role, u.clearance AS clearance, u.caveats AS caveats,
       u.disabled AS disabled, u.mustChangePassword AS mustChangePassword,
       u.createdAt AS createdAt, u.updatedAt AS updatedAt
