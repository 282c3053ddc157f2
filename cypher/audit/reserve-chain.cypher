// Takes the audit chain's head for this transaction: the SET takes its write lock, held
// until commit, so appends to the chain happen one transaction at a time and never fork
// it; what is read after it is the head as the last append committed it. The head is
// found by its label alone (there is one). No SET here or in advance-chain reads the
// property it writes: such a "direct dependency" read makes Neo4j report false deadlocks
// between transactions waiting for the same lock (neo4j/neo4j#13291).
// No parameters. Returns: seq (the last place taken), lastHash (its hash), at (the
// database's clock now, to the millisecond: the time of the events appended); no row
// before create-chain-head made the head.
MATCH (h:AuditChain)
SET h.appendedAt = datetime.truncate('millisecond', datetime.realtime())
RETURN h.seq AS seq, h.lastHash AS lastHash, h.appendedAt AS at
