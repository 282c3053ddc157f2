// How many enabled admins exist besides one user: the last admin may not be removed,
// demoted or disabled. Parameters: $username. Returns: count.
MATCH (u:User {role: 'admin'})
WHERE u.username <> $username AND NOT u.disabled
RETURN count(u) AS count
