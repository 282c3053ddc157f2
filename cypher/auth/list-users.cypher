// Every user account by username, without password hashes. No parameters.
// Returns: username, role, clearance, caveats, disabled, mustChangePassword, createdAt,
// updatedAt.
MATCH (u:User)
RETURN u.username AS username, u.role AS role, u.clearance AS clearance, u.caveats AS caveats,
       u.disabled AS disabled, u.mustChangePassword AS mustChangePassword,
       u.createdAt AS createdAt, u.updatedAt AS updatedAt
ORDER BY u.username
