// Saves a view of the dashboard. Parameters: $id, $name, $url (the dashboard's query
// string), $shared (boolean), $owner (a username).
// Returns: id, name, url, shared, owner, createdAt.
CREATE (v:SavedView {id: $id, name: $name, url: $url, shared: $shared, owner: $owner, createdAt: toString(datetime())})
RETURN v.id AS id, v.name AS name, v.url AS url, v.shared AS shared, v.owner AS owner, v.createdAt AS createdAt
