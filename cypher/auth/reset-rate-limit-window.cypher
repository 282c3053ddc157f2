// Forgets a client's count in one window. Parameters: $key. Returns nothing.
MATCH (w:RateLimitWindow {key: $key})
DELETE w
