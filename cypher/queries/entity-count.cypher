// How many entities the graph holds. No parameters. Returns: count.
MATCH (n:Entity) RETURN count(n) AS count
