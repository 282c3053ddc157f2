// Deletes relationships a loader wrote earlier that its file no longer holds.
// Parameters: $loadedBy (the loader's name), $keep (list of relationship ids to keep).
// Returns: deleted (count).
MATCH ()-[r]->()
WHERE r.provenanceLoadedBy = $loadedBy AND NOT r.id IN $keep
DELETE r
RETURN count(*) AS deleted
