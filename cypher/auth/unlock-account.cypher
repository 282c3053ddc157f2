// An admin's unlock: forgets the failure counts of one account from every address (the
// counts of the addresses themselves stay). Parameters: $username.
// Returns: cleared (how many account-and-address counts there were).
OPTIONAL MATCH (f:SignInFailures {username: $username})
DELETE f
RETURN count(f) AS cleared
