// Failed sign-ins are counted per key (an account with an address, or an address alone),
// one node each; MERGE on the unique key keeps two processes from making two.
// No parameters.
CREATE CONSTRAINT sign_in_failures_key_unique IF NOT EXISTS
FOR (f:SignInFailures) REQUIRE f.key IS UNIQUE
