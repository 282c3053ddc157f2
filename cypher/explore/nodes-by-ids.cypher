// Nodes by id, in no particular order, whatever their marking: for the importer's own id
// checks only (a write must see every id it could collide with). Reads that answer a
// user use explore/entities-by-ids. Parameters: $ids (list of ids).
// Returns: id, labels, props per node found.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
