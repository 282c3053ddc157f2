import { pino, type Logger } from "pino";

/** Structured JSON logs; secrets never reach them (credentials are not logged anywhere). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "cooperation-dashboard" },
    redact: { paths: ["password", "*.password", "req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
  });
}
