// Relationship ids are unique per type; Neo4j has no constraint across all types, so the
// importer checks uniqueness across types before writing.
// DDL takes no parameters: `REL_TYPE` is replaced by a relationship type from the model's
// allowlist only (never user input) by server/graph/apply-schema.ts, once per type.
CREATE CONSTRAINT REL_TYPE_id_unique IF NOT EXISTS
FOR ()-[r:REL_TYPE]-() REQUIRE r.id IS UNIQUE
