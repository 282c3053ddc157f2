/**
 * An RFC 9457 problem, either as the API reported it (application/problem+json)
 * or built on the client when no such body arrived (network down, HTML error page,
 * a body that is not the expected shape). Callers check `instanceof ApiProblem`,
 * never the message.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  /** The HTTP status; 0 when no response arrived at all. */
  status: number;
  detail?: string;
  errors?: unknown[];
  /** From a 429's or 503's Retry-After header, in seconds. */
  retryAfterSeconds?: number;
}

export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: unknown[];
  readonly retryAfterSeconds?: number;

  constructor(problem: ProblemDetails) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = "ApiProblem";
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.errors = problem.errors;
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  /** From a problem+json body; missing or mistyped members fall back to what the response says. */
  static fromBody(body: unknown, response: Response): ApiProblem {
    const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    return new ApiProblem({
      type: typeof fields.type === "string" ? fields.type : "about:blank",
      title: typeof fields.title === "string" ? fields.title : httpTitle(response),
      status: typeof fields.status === "number" ? fields.status : response.status,
      detail: typeof fields.detail === "string" ? fields.detail : undefined,
      errors: Array.isArray(fields.errors) ? fields.errors : undefined,
      retryAfterSeconds: retryAfter(response),
    });
  }

  /** A failed response whose body is not problem+json (a proxy's HTML page, an empty body). */
  static fromBareResponse(url: string, response: Response, method = "GET"): ApiProblem {
    return new ApiProblem({
      type: "about:blank",
      title: httpTitle(response),
      status: response.status,
      detail: `${method} ${url} failed without a problem description.`,
    });
  }

  static unreachable(url: string, cause: unknown, method = "GET"): ApiProblem {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new ApiProblem({
      type: "about:blank",
      title: "API unreachable",
      status: 0,
      detail: `${method} ${url} got no response (${reason}). Is the server running?`,
    });
  }

  static unexpectedBody(url: string, response: Response, reason: string, method = "GET"): ApiProblem {
    return new ApiProblem({
      type: "about:blank",
      title: "Unexpected response",
      status: response.status,
      detail: `${method} ${url} answered with a body the dashboard cannot read: ${reason}`,
    });
  }
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get("retry-after") ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

function httpTitle(response: Response): string {
  return response.statusText ? `HTTP ${response.status} ${response.statusText}` : `HTTP ${response.status}`;
}
