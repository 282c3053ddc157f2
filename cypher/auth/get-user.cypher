// One user account, without its password hash. Parameters: $username. Returns: username,
// role, clearance, caveats, disabled, mustChangePassword, createdAt, updatedAt (no row
// when unknown).
MATCH (u:User {username: $username})
RETURN u.username AS username, u.role AS role, u.clearance AS clearance, u.caveats AS caveats,
       u.disabled AS disabled, u.mustChangePassword AS mustChangePassword,
       u.createdAt AS createdAt, u.updatedAt AS updatedAt
