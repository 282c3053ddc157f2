// Takes the write lock of an unpublished stage, held until the transaction ends. The
// import holds it in the transaction that will publish the stage, for as long as it
// writes; start-up's cleanup takes it (with a short time limit) before discarding a
// stage, so it never discards one a live import still holds (a server, or the CLI, on the
// same database). Neo4j ends the transaction, and frees the lock, when its client dies.
// Parameters: $id. Returns: id (none when the stage is gone or already published).
MATCH (s:ImportStage {id: $id})
WHERE NOT s.published
SET s.heldAt = datetime()
RETURN s.id AS id
