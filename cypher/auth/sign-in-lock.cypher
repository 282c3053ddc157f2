// Until when the given failure counts refuse sign-ins: the latest lock among them that has
// not passed. Parameters: $keys (list of counter keys), $now (epoch ms).
// Returns: lockedUntil (epoch ms; 0 when none of them is locked).
OPTIONAL MATCH (f:SignInFailures)
WHERE f.key IN $keys AND f.lockedUntil > $now
RETURN coalesce(max(f.lockedUntil), 0) AS lockedUntil
