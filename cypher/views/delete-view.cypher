// Deletes one saved view. Parameters: $id. Returns: id; no row when there was none.
MATCH (v:SavedView {id: $id})
WITH v, v.id AS id
DELETE v
RETURN id
