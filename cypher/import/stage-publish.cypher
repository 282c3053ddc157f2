// Publishes a stage: from this transaction's commit, every element stagedBy $id is seen
// by readers (the @visible rule), all at once. Runs in the transaction that holds the
// stage (stage-hold) and applies the import's updates and deletions.
// Parameters: $id. Returns: published (1, or 0 when the stage is missing).
MATCH (s:ImportStage {id: $id})
WHERE NOT s.published
SET s.published = true, s.publishedAt = datetime()
RETURN count(s) AS published
