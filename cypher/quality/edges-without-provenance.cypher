// Relationships that name no source document. Parameters: $limit.
// Returns: total and, per relationship up to the limit, id, type, source, target, props.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.provenanceDocument IS NULL
WITH collect({r: r, a: a.id, b: b.id}) AS found
UNWIND (CASE WHEN size(found) = 0 THEN [null] ELSE found[0..$limit] END) AS item
RETURN size(found) AS total, item.r.id AS id, type(item.r) AS type, item.a AS source, item.b AS target,
       properties(item.r) AS props
