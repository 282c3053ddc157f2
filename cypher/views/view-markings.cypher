// The marking of saved views, computed now from the elements their URLs name, and whether
// the viewer may see each. A view is marked by the named elements that exist AND that its
// owner may see now (ids its owner could not see are, for the view, as missing, so a view
// never tells anyone more than its owner could know); a relationship counts with both
// ends. The viewer sees a view they own, or one whose every counted element they may see.
// An owner whose account is gone counts as seeing everything the view names that exists
// for anyone (an unpublished import's elements exist for no one).
// Relationship-id indexes are per type, so the pattern names every type of the model.
// Parameters: $views (list of {id, owner, names: candidate ids}), $levels (the
// classification levels, lowest first), $username (the viewer), $markings, $caveats (the viewer).
// Returns: id, markings (list of {classification, caveats} of the counted elements), per
// view the viewer may see.
UNWIND $views AS view
OPTIONAL MATCH (u:User {username: view.owner})
WITH view, u,
     reduce(rank = -1, i IN range(0, size($levels) - 1) | CASE WHEN $levels[i] = u.clearance THEN i ELSE rank END) AS ownerRank
WITH view, u, $levels[0..ownerRank + 1] AS ownerLevels, coalesce(u.caveats, []) AS ownerCaveats
CALL (view, u, ownerLevels, ownerCaveats) {
  UNWIND view.names AS id
  MATCH (n:Entity {id: id})
  WHERE @published(n) AND (u IS NULL OR @visibleTo(n, ownerLevels, ownerCaveats))
  RETURN collect({classification: n.classification, caveats: n.caveats}) AS nodeMarkings,
         collect(CASE WHEN @visible(n) THEN null ELSE n.id END) AS hiddenNodes
}
CALL (view, u, ownerLevels, ownerCaveats) {
  UNWIND view.names AS id
  MATCH (a:Entity)-[r:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->(b:Entity)
  WHERE r.id = id AND @published(r) AND @published(a) AND @published(b) AND (u IS NULL OR (@visibleTo(r, ownerLevels, ownerCaveats)
    AND @visibleTo(a, ownerLevels, ownerCaveats) AND @visibleTo(b, ownerLevels, ownerCaveats)))
  RETURN collect({classification: r.classification, caveats: r.caveats})
           + collect({classification: a.classification, caveats: a.caveats})
           + collect({classification: b.classification, caveats: b.caveats}) AS edgeMarkings,
         collect(CASE WHEN @visible(r) AND @visible(a) AND @visible(b) THEN null ELSE r.id END) AS hiddenEdges
}
WITH view, nodeMarkings + edgeMarkings AS markings, size(hiddenNodes) + size(hiddenEdges) AS hidden
WHERE view.owner = $username OR hidden = 0
RETURN view.id AS id, markings
