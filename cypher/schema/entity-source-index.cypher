// Finds a named source's nodes quickly (replace mode deletes what the file lacks).
// No parameters.
CREATE INDEX entity_provenance_source IF NOT EXISTS
FOR (n:Entity) ON (n.provenanceSource)
