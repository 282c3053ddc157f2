// Relationships that name no source document, among those the viewer may see with both ends.
// Parameters: $limit, $markings, $caveats (the viewer).
// Returns: total, markings (the distinct markings of all found and of their ends, which
//   each row names) and, per relationship up to the limit, id, type, source, target, props.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.provenanceDocument IS NULL AND @visible(a) AND @visible(r) AND @visible(b)
WITH collect({r: r, a: a.id, b: b.id}) AS found,
     collect(DISTINCT {classification: r.classification, caveats: r.caveats})
       + collect(DISTINCT {classification: a.classification, caveats: a.caveats})
       + collect(DISTINCT {classification: b.classification, caveats: b.caveats}) AS markings
UNWIND (CASE WHEN size(found) = 0 THEN [null] ELSE found[0..$limit] END) AS item
RETURN size(found) AS total, markings, item.r.id AS id, type(item.r) AS type, item.a AS source, item.b AS target,
       properties(item.r) AS props
