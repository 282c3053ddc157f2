// The sweep of past windows finds them by when they end. No parameters.
CREATE INDEX rate_limit_window_reset_at IF NOT EXISTS
FOR (w:RateLimitWindow) ON (w.resetAt)
