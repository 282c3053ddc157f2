// How many entities and relationships the graph holds (from Neo4j's count store).
// No parameters. Returns: entities, relationships.
MATCH (n:Entity)
WITH count(n) AS entities
MATCH ()-[r]->()
RETURN entities, count(r) AS relationships
