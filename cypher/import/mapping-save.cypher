// Saves an import mapping under its name, replacing one of the same name.
// Parameters: $name, $mapping (the mapping as a JSON string), $savedBy (a username).
// Returns: name, mapping, savedBy, savedAt.
MERGE (m:ImportMapping {name: $name})
SET m.mapping = $mapping, m.savedBy = $savedBy, m.savedAt = toString(datetime())
RETURN m.name AS name, m.mapping AS mapping, m.savedBy AS savedBy, m.savedAt AS savedAt
