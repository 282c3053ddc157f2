// The audit trail has one chain head: a second one would fork the chain. No parameters.
CREATE CONSTRAINT audit_chain_key_unique IF NOT EXISTS
FOR (h:AuditChain) REQUIRE h.key IS UNIQUE
