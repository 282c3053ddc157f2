// How often a user's imports touched ids the user may not see within a window, and
// whether the user has already been flagged for it in that window (the probing alarm).
// Parameters: $actor (a username), $since (an ISO 8601 instant).
// Returns: touches (import.hidden-id events), flags (access.probing-suspected events).
MATCH (e:AuditEvent)
WHERE e.at >= datetime($since) AND e.actor = $actor
  AND e.action IN ['import.hidden-id', 'access.probing-suspected']
RETURN count(CASE WHEN e.action = 'import.hidden-id' THEN 1 END) AS touches,
       count(CASE WHEN e.action = 'access.probing-suspected' THEN 1 END) AS flags
