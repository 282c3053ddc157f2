// Personal access tokens are found by the SHA-256 of the token; the token itself is never
// stored. No parameters.
CREATE CONSTRAINT access_token_hash_unique IF NOT EXISTS
FOR (t:AccessToken) REQUIRE t.tokenHash IS UNIQUE
