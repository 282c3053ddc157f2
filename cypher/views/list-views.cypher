// The views a user may open: their own and the shared ones, newest first.
// Parameters: $username. Returns: id, name, url, shared, owner, createdAt per view.
MATCH (v:SavedView)
WHERE v.owner = $username OR v.shared
RETURN v.id AS id, v.name AS name, v.url AS url, v.shared AS shared, v.owner AS owner, v.createdAt AS createdAt
ORDER BY v.createdAt DESC, v.id
