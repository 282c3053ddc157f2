// Changes a user account; a null parameter leaves its field as it is.
// Parameters: $username, $role, $clearance, $caveats, $passwordHash, $disabled,
// $mustChangePassword. Returns: username, role, clearance, caveats, disabled,
// mustChangePassword, createdAt, updatedAt (no row when unknown).
MATCH (u:User {username: $username})
SET u.role = coalesce($role, u.role),
    u.clearance = coalesce($clearance, u.clearance),
    u.caveats = coalesce($caveats, u.caveats),
    u.passwordHash = coalesce($passwordHash, u.passwordHash),
    u.disabled = coalesce($disabled, u.disabled),
    u.mustChangePassword = coalesce($mustChangePassword, u.mustChangePassword),
    u.updatedAt = datetime()
RETURN u.username AS username, u.role AS role, u.clearance AS clearance, u.caveats AS caveats,
       u.disabled AS disabled, u.mustChangePassword AS mustChangePassword,
       u.createdAt AS createdAt, u.updatedAt AS updatedAt
