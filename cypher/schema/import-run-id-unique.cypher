// One history entry per import id. No parameters.
CREATE CONSTRAINT import_run_id_unique IF NOT EXISTS
FOR (r:ImportRun) REQUIRE r.id IS UNIQUE
