// The single :GraphMeta node keeps the graph version, a counter every write bumps.
// No parameters.
CREATE CONSTRAINT graph_meta_key_unique IF NOT EXISTS
FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE
