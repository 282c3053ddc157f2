// The relationships leaving one page of nodes (in id order after $after), for a streamed
// export. Parameters: $after, $limit (nodes per page).
// Returns: last (the page's last node id) and per relationship id, type, source, target, props.
MATCH (a:Entity)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
WITH collect(a) AS page
WITH page, page[-1].id AS last
UNWIND page AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WITH last, a, r, b WHERE r IS NOT NULL OR a.id = last
RETURN last, r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
