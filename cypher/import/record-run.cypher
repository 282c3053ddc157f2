// Adds one import to the history (in the import's own transaction when it wrote, so the
// history never mentions a write that did not happen). Parameters: $run (map of
// properties: id, status, mode, source, user, files, startedAt, finishedAt and counts).
// Returns: id.
CREATE (r:ImportRun)
SET r = $run
RETURN r.id AS id
