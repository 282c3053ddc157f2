// Deletes nodes by id with whatever relationships they still have (the importer has
// checked that none belongs to another source). Parameters: $ids. Returns: deleted (count).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
RETURN count(*) AS deleted
