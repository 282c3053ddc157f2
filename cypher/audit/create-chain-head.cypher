// Makes the audit chain's head if there is none yet (start-up, or the first append ever);
// the uniqueness constraint keeps it single. `startedAt` tells events recorded before the
// chain existed from events slipped in beside it.
// Parameters: $genesis (the previous hash of the first event). Returns: seq.
MERGE (h:AuditChain {key: 'head'})
  ON CREATE SET h.seq = 0, h.lastHash = $genesis, h.startedAt = datetime.truncate('millisecond', datetime.realtime())
RETURN h.seq AS seq
