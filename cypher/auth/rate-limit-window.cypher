// A client's count in one window. Parameters: $key.
// Returns: hits, resetAt (epoch ms) (no row when the client has not been counted in it).
MATCH (w:RateLimitWindow {key: $key})
RETURN w.hits AS hits, w.resetAt AS resetAt
