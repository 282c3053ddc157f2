// The graph version, a counter every write bumps (0 before the first write).
// No parameters. Returns: version.
OPTIONAL MATCH (m:GraphMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version
