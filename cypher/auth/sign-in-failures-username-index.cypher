// An admin's unlock finds every address's count of one account by its username.
// No parameters.
CREATE INDEX sign_in_failures_username IF NOT EXISTS
FOR (f:SignInFailures) ON (f.username)
