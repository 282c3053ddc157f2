// Ranked matches over names and acronyms in every language, among entities the viewer may see.
// Parameters: $query (a Lucene query built by server/graph/search-query.ts from the
//   user's words, every special character escaped), $limit (int), $markings, $caveats (the viewer).
// Returns: id, labels, props per node, best first (the caller ranks them: Lucene's scores count hidden entities too).
// The properties are read only for the rows kept: a common word matches thousands.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score
WHERE @visible(node)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props
