// Takes the audit chain's head for this transaction and reserves the next $count places
// in it. The SET reads the head's seq under a write lock (Cypher locks before a read the
// SET depends on), and the lock is held until commit, so appends to the chain happen one
// transaction at a time and never fork it. The head is made on the first append ever
// (the uniqueness constraint keeps it single); `startedAt` tells events recorded before
// the chain existed from events slipped in beside it.
// Parameters: $count (events to append), $genesis (the previous hash of the first event).
// Returns: seq (the last place taken before), lastHash (its hash), at (the database's
// clock now, to the millisecond: the time of the events appended).
MERGE (h:AuditChain {key: 'head'})
  ON CREATE SET h.seq = 0, h.lastHash = $genesis, h.startedAt = datetime.truncate('millisecond', datetime.realtime())
SET h.seq = h.seq + $count
RETURN h.seq - $count AS seq, h.lastHash AS lastHash, datetime.truncate('millisecond', datetime.realtime()) AS at
