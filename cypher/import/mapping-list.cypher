// Every saved import mapping, by name. No parameters.
// Returns: name, mapping (a JSON string), savedBy, savedAt per mapping.
MATCH (m:ImportMapping)
RETURN m.name AS name, m.mapping AS mapping, m.savedBy AS savedBy, m.savedAt AS savedAt
ORDER BY m.name
