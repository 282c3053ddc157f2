// Deletes one of a user's personal access tokens. Parameters: $username, $id.
// Returns: id, name (no row when that user has no such token).
MATCH (t:AccessToken {id: $id, username: $username})
WITH t, t.id AS id, t.name AS name
DELETE t
RETURN id, name
