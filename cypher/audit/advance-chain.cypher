// Moves the audit chain's head past the events this transaction appended (reserve-chain
// already took the lock and counted them). Parameters: $seq (the last event's place),
// $hash (its hash). Returns: seq.
MATCH (h:AuditChain {key: 'head'})
WHERE h.seq = $seq
SET h.lastHash = $hash
RETURN h.seq AS seq
