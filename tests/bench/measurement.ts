import autocannon from "autocannon";

/** What one timed run of an operation under load collected. */
export interface Measurement {
  /** Latency of every successful operation, in milliseconds. */
  latenciesMs: number[];
  seconds: number;
  failures: number;
  /** What went wrong first, when anything did. */
  firstFailure?: string;
}

/**
 * Real HTTP load with autocannon: `connections` keep-alive connections, each sending its
 * next request as soon as the previous one answered, for `seconds`. Only answers that
 * arrive within the window count. Autocannon drops the connections still waiting when
 * the window ends, but the API keeps working on their requests; the run returns once that
 * work has likely drained, so it does not slow down whatever is measured next.
 */
export function measureHttp(options: {
  url: string;
  nextPath: () => string;
  connections: number;
  seconds: number;
  /** Sent with every request, such as an Authorization header. */
  headers?: Record<string, string>;
}): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const fail = (reason: string) => {
    failures += 1;
    firstFailure ??= reason;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [{ method: "GET", headers: options.headers, setupRequest: (request) => ({ ...request, path: options.nextPath() }) }],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const drainMs = Math.min(5_000, Math.max(200, ...latenciesMs.slice(-options.connections)));
        setTimeout(() => resolve({ latenciesMs, seconds: result.duration, failures, firstFailure }), drainMs);
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode === 200) latenciesMs.push(responseTimeMs);
      else fail(`HTTP ${statusCode}`);
    });
    instance.on("reqError", (error) => fail(error.message));
  });
}

/**
 * The same closed loop in-process: `concurrency` workers, each starting its next
 * operation as soon as the previous one finished, for `seconds`. As with autocannon,
 * operations that finish after the window do not count; they are still awaited, so none
 * is left running.
 */
export async function measureClosedLoop(options: {
  operation: () => Promise<void>;
  concurrency: number;
  seconds: number;
}): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const begun = performance.now();
      try {
        await options.operation();
        const ended = performance.now();
        if (ended <= deadline) latenciesMs.push(ended - begun);
      } catch (error) {
        failures += 1;
        firstFailure ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latenciesMs, seconds: options.seconds, failures, firstFailure };
}
