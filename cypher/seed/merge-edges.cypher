// Creates or updates relationships by id between existing nodes; their properties become
// exactly the given ones.
// Written as "find between the two bound ends, else create" rather than MERGE: a MERGE
// planned while the graph was empty (a first import) scans every relationship per row,
// whereas an expansion between two nodes found by their indexed ids stays cheap.
// Parameters: $rows (list of {id, type, source, target, props}); type is from the model's
//   allowlist. Returns: written (count).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
OPTIONAL MATCH (a)-[existing]->(b) WHERE existing.id = row.id
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[created:$(row.type)]->(b)
  SET created = row.props, created.id = row.id)
FOREACH (_ IN CASE WHEN existing IS NULL THEN [] ELSE [1] END |
  SET existing = row.props, existing.id = row.id)
RETURN count(row) AS written
