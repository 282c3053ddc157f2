// Forgets one failure count: the right password from that address for that account.
// Parameters: $key. Returns: cleared (count).
OPTIONAL MATCH (f:SignInFailures {key: $key})
DELETE f
RETURN count(f) AS cleared
