// Ranked matches over names and acronyms in every language.
// Parameters: $query (a Lucene query built by server/graph/search-query.ts from the
//   user's words, every special character escaped), $limit (int).
// Returns: id, labels, props, score per node, best first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, id
LIMIT $limit
