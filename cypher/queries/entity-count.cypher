// How many entities the graph holds, whatever their marking: the start-up check of an
// empty database, never shown to a user. No parameters. Returns: count.
MATCH (n:Entity) RETURN count(n) AS count
