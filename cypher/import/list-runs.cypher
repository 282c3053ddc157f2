// The import history the viewer may read, newest first (an entry without a start time last).
// A run is marked by what its report names: its recorded marking (classification, caveats:
// the highest of everything named, as stored and as written then) and the markings now of
// the named elements still in the graph (nodeIds, edgeIds), so that a marking raised later
// hides it too. A run naming anything the viewer may not see is not listed: its counts and
// file names are themselves sensitive. Runs that imported nothing (rejected, failed) name
// the rows of their files, not elements, and runs recorded before markings carry none: both
// are listed to their own user only.
// Relationship-id indexes are per type, so the pattern names every type of the model.
// Parameters: $limit, $username (the viewer), $markings, $caveats (the viewer).
// Returns: run (map of its properties) and markings (list of {classification, caveats} of
// the named elements as they are now) per import.
MATCH (r:ImportRun)
WHERE @visible(r)
  AND ((r.status = 'imported' AND coalesce(r.markingRecorded, false)) OR r.user = $username)
WITH r
ORDER BY coalesce(r.startedAt, '') DESC
CALL (r) {
  UNWIND coalesce(r.nodeIds, []) AS id
  MATCH (n:Entity {id: id})
  RETURN collect({classification: n.classification, caveats: n.caveats}) AS nodeMarkings,
         collect(CASE WHEN @visible(n) THEN null ELSE n.id END) AS hiddenNodes
}
CALL (r) {
  UNWIND coalesce(r.edgeIds, []) AS id
  MATCH (a:Entity)-[e:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->(b:Entity)
  WHERE e.id = id
  RETURN collect({classification: e.classification, caveats: e.caveats})
           + collect({classification: a.classification, caveats: a.caveats})
           + collect({classification: b.classification, caveats: b.caveats}) AS edgeMarkings,
         collect(CASE WHEN @visible(e) AND @visible(a) AND @visible(b) THEN null ELSE e.id END) AS hiddenEdges
}
WITH r, nodeMarkings + edgeMarkings AS markings, size(hiddenNodes) + size(hiddenEdges) AS hidden
WHERE hidden = 0
RETURN properties(r) AS run, markings
LIMIT $limit
