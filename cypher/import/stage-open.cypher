// Opens the stage of a large import: its elements are written in batches, each committed,
// carrying stagedBy = $id, and no reader sees them until stage-publish (the @visible rule).
// Parameters: $id (the import's id), $user. Returns: id.
CREATE (s:ImportStage {id: $id, published: false, user: $user, openedAt: datetime()})
RETURN s.id AS id
