// Search candidates: entities the viewer may see whose names or acronyms match, in no
// particular order; the caller ranks them by their own fields (server/graph/search-rank.ts),
// never by Lucene's scores, which count hidden entities too.
// Parameters: $query (a Lucene query built by server/graph/search-query.ts from the
//   user's words, every special character escaped), $candidates (int, most rows returned),
//   $markings, $caveats (the viewer).
// Returns: id, fields (the names and acronyms) per node. Full properties are read for the
// rows kept only (explore/entities-by-ids): a common word matches thousands.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
WITH node
WHERE @visible(node)
WITH node
LIMIT $candidates
RETURN node.id AS id, node {.nameFr, .nameNl, .nameEn, .acronymFr, .acronymNl, .acronymEn} AS fields
