// For each project a plan defines: the plan's parties, and those that take part in it
// (among what the viewer may see).
// Parameters: $asOf (date or null), $markings, $caveats (the viewer), $belowConfidence, $sources (the analysis scope).
// Returns per project: id, labels, props, plan (id), parties (ids), participants (ids),
//   participationEdges (relationship ids).
MATCH (plan:Plan)-[df:DEFINES]->(project:Project)
WHERE ($asOf IS NULL OR ((project.validFrom IS NULL OR project.validFrom <= $asOf) AND (project.validTo IS NULL OR project.validTo >= $asOf)))
  AND @visible(plan) AND @inScope(plan) AND @visible(df) AND @inScope(df) AND @visible(project) AND @inScope(project)
OPTIONAL MATCH (party:Entity)-[pt:PARTY_TO]->(plan)
WHERE @visible(party) AND @inScope(party) AND @visible(pt) AND @inScope(pt)
WITH plan, project, collect(DISTINCT party.id) AS parties
OPTIONAL MATCH (participant:Entity)-[pi:PARTICIPATES_IN]->(project)
WHERE ($asOf IS NULL OR ((pi.validFrom IS NULL OR pi.validFrom <= $asOf) AND (pi.validTo IS NULL OR pi.validTo >= $asOf)))
  AND @visible(participant) AND @inScope(participant) AND @visible(pi) AND @inScope(pi)
RETURN project.id AS id, labels(project) AS labels, properties(project) AS props, plan.id AS plan, parties,
       collect(DISTINCT participant.id) AS participants, collect(pi.id) AS participationEdges
ORDER BY id
