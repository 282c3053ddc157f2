// Takes back one counted request (a limiter that counts only failures, after a success).
// Parameters: $key. Returns nothing.
MATCH (w:RateLimitWindow {key: $key})
SET w.hits = CASE WHEN w.hits > 0 THEN w.hits - 1 ELSE 0 END
