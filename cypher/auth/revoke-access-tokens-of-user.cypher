// Revokes (deletes) every personal access token of one user, for good: a password reset or
// disabling runs it, so re-enabling the account brings none back.
// Parameters: $username. Returns: revoked (count), ids (the revoked tokens' ids).
OPTIONAL MATCH (t:AccessToken {username: $username})
WITH collect(t) AS tokens
WITH tokens, [token IN tokens | token.id] AS ids
FOREACH (token IN tokens | DELETE token)
RETURN size(ids) AS revoked, ids
