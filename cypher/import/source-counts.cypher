// The load sources of what the viewer may see: a node by its own marking, a relationship
// only when it and both its ends are visible (what the viewer may not see is not
// counted, and a source of hidden elements only is not there). One row per source and
// import that last wrote some of its elements, so the caller sums the counts and picks
// the latest import without a sort over the whole graph.
// Parameters: the viewer's $markings/$caveats.
// Returns: source, importId, loadedBy, loadedAt (latest of that import's elements), nodes,
// edges, markings (the distinct lists of {classification, caveats} of the counted elements,
// a relationship with its ends).
CALL () {
  MATCH (n:Entity)
  WHERE n.provenanceSource IS NOT NULL AND @visible(n)
  RETURN n.provenanceSource AS source, n.provenanceImportId AS importId, n.provenanceLoadedBy AS loadedBy,
         n.provenanceLoadedAt AS loadedAt, 1 AS node, 0 AS edge,
         [{classification: n.classification, caveats: n.caveats}] AS marked
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.provenanceSource IS NOT NULL AND @visible(r) AND @visible(a) AND @visible(b)
  RETURN r.provenanceSource AS source, r.provenanceImportId AS importId, r.provenanceLoadedBy AS loadedBy,
         r.provenanceLoadedAt AS loadedAt, 0 AS node, 1 AS edge,
         [{classification: r.classification, caveats: r.caveats}, {classification: a.classification, caveats: a.caveats},
          {classification: b.classification, caveats: b.caveats}] AS marked
}
RETURN source, importId, loadedBy, max(loadedAt) AS loadedAt, sum(node) AS nodes, sum(edge) AS edges,
       collect(DISTINCT marked) AS markings
