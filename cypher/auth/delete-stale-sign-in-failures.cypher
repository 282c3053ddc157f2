// Deletes failure counts whose last failure is older than $forgetBefore and whose lock has
// passed: they would start again at 1 anyway. Parameters: $forgetBefore, $now (epoch ms).
// Returns: deleted (count).
OPTIONAL MATCH (f:SignInFailures)
WHERE f.lastFailureAt < $forgetBefore AND f.lockedUntil <= $now
DELETE f
RETURN count(f) AS deleted
