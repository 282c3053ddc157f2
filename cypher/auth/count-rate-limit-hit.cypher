// Counts one request of a client in its current window, made on first use. The count is
// read and written in one SET, so Neo4j locks the node first: requests counted at once by
// several processes are all counted. Parameters: $key (limiter, window start and client),
// $resetAt (epoch ms: when the window ends). Returns: hits (the count so far), resetAt.
MERGE (w:RateLimitWindow {key: $key})
  ON CREATE SET w.hits = 0, w.resetAt = $resetAt
SET w.hits = w.hits + 1
RETURN w.hits AS hits, w.resetAt AS resetAt
