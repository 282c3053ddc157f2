// A rate limit counts each client's requests in fixed windows, one node per limiter,
// client and window start; MERGE on the unique key keeps two processes from making two.
// No parameters.
CREATE CONSTRAINT rate_limit_window_key_unique IF NOT EXISTS
FOR (w:RateLimitWindow) REQUIRE w.key IS UNIQUE
