// How many entities the graph holds, whatever their marking: whether the database is
// empty (at start-up, and before an import's first write), never shown to a user.
// No parameters. Returns: count.
MATCH (n:Entity) RETURN count(n) AS count
