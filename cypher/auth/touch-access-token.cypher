// Records that a token was used. Parameters: $tokenHash, $now (epoch ms). Returns nothing.
MATCH (t:AccessToken {tokenHash: $tokenHash})
SET t.lastUsedAt = datetime({epochMillis: $now})
