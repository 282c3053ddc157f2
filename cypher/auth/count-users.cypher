// How many user accounts exist. No parameters. Returns: count.
MATCH (u:User)
RETURN count(u) AS count
