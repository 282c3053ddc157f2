// The elements an import's report names that are still in the graph, with their markings
// now and whether the viewer may see each (a relationship with both its ends): a marking
// raised after the import hides the entry, or the report, from who may no longer see it.
// Relationship-id indexes are per type, so the pattern names every type of the model.
// Parameters: $nodeIds, $edgeIds, $markings, $caveats (the viewer).
// Returns: id, markings (list of {classification, caveats}: the element's, and a
// relationship's ends'), seen (boolean) per element found.
CALL () {
  UNWIND $nodeIds AS id
  MATCH (n:Entity {id: id})
  RETURN n.id AS id, [{classification: n.classification, caveats: n.caveats}] AS markings, @visible(n) AS seen
  UNION ALL
  UNWIND $edgeIds AS id
  MATCH (a:Entity)-[e:PARTICIPATES_IN|MEETS_INFORMALLY|ASSIGNS|POSTED_TO|DISSEMINATES_TO|COOPERATES_WITH|OWNS|MANAGES|PART_OF|APPROVED|UNDER_AUTHORITY_OF|PARTY_TO|DEFINES|MONITORS|ADDRESSES|COUNTERS]->(b:Entity)
  WHERE e.id = id
  RETURN e.id AS id,
         [{classification: e.classification, caveats: e.caveats}, {classification: a.classification, caveats: a.caveats},
          {classification: b.classification, caveats: b.caveats}] AS markings,
         @visible(e) AND @visible(a) AND @visible(b) AS seen
}
RETURN id, markings, seen
