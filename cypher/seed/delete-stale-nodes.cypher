// Deletes nodes a loader wrote earlier that its file no longer holds, with their
// relationships. Parameters: $loadedBy, $keep (list of node ids). Returns: deleted (count).
MATCH (n:Entity)
WHERE n.provenanceLoadedBy = $loadedBy AND NOT n.id IN $keep
DETACH DELETE n
RETURN count(*) AS deleted
