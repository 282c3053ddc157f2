// Waits until every index is online, so that searches right after start-up see all data.
// No parameters.
CALL db.awaitIndexes(300)
