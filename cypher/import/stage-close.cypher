// Removes a stage node once none of its elements carries stagedBy any more (published and
// settled, or discarded). Parameters: $id. Returns: closed (count).
MATCH (s:ImportStage {id: $id})
DELETE s
RETURN count(*) AS closed
