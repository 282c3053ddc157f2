// For each project a plan defines: the plan's parties, and those that take part in it.
// Parameters: $asOf (date or null).
// Returns per project: id, labels, props, plan (id), parties (ids), participants (ids),
//   participationEdges (relationship ids).
MATCH (plan:Plan)-[:DEFINES]->(project:Project)
WHERE $asOf IS NULL OR ((project.validFrom IS NULL OR project.validFrom <= $asOf) AND (project.validTo IS NULL OR project.validTo >= $asOf))
OPTIONAL MATCH (party:Entity)-[:PARTY_TO]->(plan)
WITH plan, project, collect(DISTINCT party.id) AS parties
OPTIONAL MATCH (participant:Entity)-[pi:PARTICIPATES_IN]->(project)
WHERE $asOf IS NULL OR ((pi.validFrom IS NULL OR pi.validFrom <= $asOf) AND (pi.validTo IS NULL OR pi.validTo >= $asOf))
RETURN project.id AS id, labels(project) AS labels, properties(project) AS props, plan.id AS plan, parties,
       collect(DISTINCT participant.id) AS participants, collect(pi.id) AS participationEdges
ORDER BY id
