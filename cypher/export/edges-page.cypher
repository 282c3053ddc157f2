// The relationships leaving one page of visible nodes (in id order after $after), for a
// streamed export; a relationship goes out when the viewer may see it and both its ends.
// Parameters: $after, $limit (nodes per page), $markings, $caveats (the viewer).
// Returns: last (the page's last node id) and per relationship id, type, source, target, props.
MATCH (a:Entity)
WHERE a.id > $after AND @visible(a)
WITH a ORDER BY a.id LIMIT $limit
WITH collect(a) AS page
WITH page, page[-1].id AS last
UNWIND page AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE @visible(r) AND @visible(b)
WITH last, a, r, b WHERE r IS NOT NULL OR a.id = last
RETURN last, r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
