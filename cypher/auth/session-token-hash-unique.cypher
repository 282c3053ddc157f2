// Sessions are found by the SHA-256 of their token; the token itself is never stored.
// No parameters.
CREATE CONSTRAINT session_token_hash_unique IF NOT EXISTS
FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE
