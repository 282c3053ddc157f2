// Every import stage: those being written or abandoned (published false), and published
// ones whose elements still carry stagedBy (cleared in the background, then the stage
// node goes). No parameters. Returns: id, published.
MATCH (s:ImportStage)
RETURN s.id AS id, s.published AS published
ORDER BY s.id
