// Moves the audit chain's head past the events this transaction appended; reserve-chain
// holds its lock, and the head is found by its label, as there.
// Parameters: $fromSeq (the head's seq that reserve-chain read), $seq (the last event's
// place), $hash (its hash). Returns: seq; no row if the head is not where it was read.
MATCH (h:AuditChain)
WHERE h.seq = $fromSeq
SET h.seq = $seq, h.lastHash = $hash
RETURN h.seq AS seq
