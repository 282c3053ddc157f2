// Saved import mappings are found by name. DDL, no parameters.
CREATE CONSTRAINT import_mapping_name_unique IF NOT EXISTS
FOR (m:ImportMapping) REQUIRE m.name IS UNIQUE
