// Every project with the bodies that monitor it, their cadence and last recorded review
// (among what the viewer may see).
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per project: id, labels, props, monitors (list of {body, edgeId, cadence, lastReviewed}).
MATCH (project:Project)
WHERE ($asOf IS NULL OR ((project.validFrom IS NULL OR project.validFrom <= $asOf) AND (project.validTo IS NULL OR project.validTo >= $asOf)))
  AND @visible(project) AND @inScope(project)
OPTIONAL MATCH (body:Entity)-[m:MONITORS]->(project)
WHERE ($asOf IS NULL OR ((m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)))
  AND @visible(body) AND @inScope(body) AND @visible(m) AND @inScope(m)
WITH project, collect(CASE WHEN m IS NULL THEN NULL ELSE {body: body.id, edgeId: m.id, cadence: m.cadence, lastReviewed: m.lastReviewed} END) AS monitors
RETURN project.id AS id, labels(project) AS labels, properties(project) AS props, monitors
ORDER BY id
