// The audit chain's head: how many events the chain holds and the hash of the last.
// No parameters. Returns: seq, lastHash, startedAt; no row before the first event.
MATCH (h:AuditChain {key: 'head'})
RETURN h.seq AS seq, h.lastHash AS lastHash, h.startedAt AS startedAt
