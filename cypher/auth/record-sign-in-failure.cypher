// Counts one failed sign-in against each given counter, made on first use. A count quiet
// for longer than $forgetAfterMs (and not locked) starts again at 1. Past a counter's free
// failures, each failure locks it for $baseDelayMs, doubled per further failure, at most
// $maxDelayMs. The count is read and written in one SET, so Neo4j locks the node first and
// two processes counting at once lose no failure.
// Parameters: $counters (list of {key, username (or null), ip, free}), $now, $baseDelayMs,
// $maxDelayMs, $forgetAfterMs (all ms). Returns: key, failures, lockedUntil (epoch ms).
UNWIND $counters AS counter
MERGE (f:SignInFailures {key: counter.key})
  ON CREATE SET f.username = counter.username, f.ip = counter.ip, f.failures = 0, f.lockedUntil = 0,
                f.lastFailureAt = $now
SET f.failures = CASE
      WHEN $now - f.lastFailureAt > $forgetAfterMs AND $now >= f.lockedUntil THEN 1
      ELSE f.failures + 1
    END
WITH f, counter, f.failures - counter.free - 1 AS beyond
WITH f, beyond, CASE WHEN beyond < 0 THEN null
                     ELSE $baseDelayMs * 2 ^ CASE WHEN beyond > 30 THEN 30 ELSE beyond END END AS delay
SET f.lastFailureAt = $now,
    f.lockedUntil = CASE
      WHEN delay IS NULL THEN f.lockedUntil
      WHEN delay > $maxDelayMs THEN $now + $maxDelayMs
      ELSE $now + toInteger(delay)
    END
RETURN f.key AS key, f.failures AS failures, f.lockedUntil AS lockedUntil
