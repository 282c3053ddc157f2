// Adds one import to the history (in the import's own transaction when it wrote, so the
// history never mentions a write that did not happen). Parameters: $run (map of
// properties: id, status, mode, source, user, files, startedAt, finishedAt, counts, and its
// marking as elements store theirs: classification, caveats, markingRecorded, with the ids
// its report names, nodeIds and edgeIds, so that list-runs can follow later markings).
// Returns: id.
CREATE (r:ImportRun)
SET r = $run
RETURN r.id AS id
