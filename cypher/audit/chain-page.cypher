// One page of the audit chain in chain order, every event whatever its marking: the
// verification must hash them all (it answers with places, never with content the
// reader may not see). Parameters: $afterSeq (the last place of the previous page, 0 for
// the first), $lastSeq (the head's seq when the walk began), $limit.
// Returns: the stored fields of each event (id, seq, at, actor, action, target, outcome,
// details, classification, caveats, prevHash, hash).
MATCH (e:AuditEvent)
WHERE e.seq > $afterSeq AND e.seq <= $lastSeq
RETURN e.id AS id, e.seq AS seq, e.at AS at, e.actor AS actor, e.action AS action, e.target AS target,
       e.outcome AS outcome, e.details AS details, e.classification AS classification, e.caveats AS caveats,
       e.prevHash AS prevHash, e.hash AS hash
ORDER BY e.seq
LIMIT $limit
