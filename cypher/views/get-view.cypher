// One saved view by id. Parameters: $id. Returns: id, name, url, shared, owner, createdAt;
// no row when there is none.
MATCH (v:SavedView {id: $id})
RETURN v.id AS id, v.name AS name, v.url AS url, v.shared AS shared, v.owner AS owner, v.createdAt AS createdAt
