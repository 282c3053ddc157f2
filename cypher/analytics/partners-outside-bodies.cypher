// Partners that sit in no coordination body: no PARTICIPATES_IN from them to a body (among
// what the viewer may see and the analysis counts). A seat whose role is "invitee" counts
// only when $countInvitees is true.
// Parameters: $countInvitees (boolean), $asOf (date or null), $markings, $caveats (the
// viewer), $belowConfidence, $sources (the analysis scope).
// Returns per partner: id, labels, props, invitedTo (bodies it is only invited to, ids),
// edgeIds (those invitations).
MATCH (p:Partner)
WHERE ($asOf IS NULL OR ((p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)))
  AND @visible(p) AND @inScope(p)
OPTIONAL MATCH (p)-[r:PARTICIPATES_IN]->(b:Body)
WHERE ($asOf IS NULL OR (
  (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
  AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)))
  AND @visible(r) AND @visible(b) AND @inScope(r) AND @inScope(b)
WITH p, collect(CASE WHEN r IS NULL THEN null ELSE {edge: r.id, body: b.id, invitee: coalesce(r.role = 'invitee', false)} END) AS seats
WHERE none(seat IN seats WHERE $countInvitees OR NOT seat.invitee)
RETURN p.id AS id, labels(p) AS labels, properties(p) AS props,
  [seat IN seats | seat.body] AS invitedTo, [seat IN seats | seat.edge] AS edgeIds
ORDER BY id
