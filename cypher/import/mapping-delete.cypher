// Deletes the saved import mapping of a name. Parameters: $name.
// Returns: name; no row when there was none.
MATCH (m:ImportMapping {name: $name})
WITH m, m.name AS name
DELETE m
RETURN name
