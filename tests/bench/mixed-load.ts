import { randomBytes } from "node:crypto";
import type { ApiProcess } from "./api-process.ts";
import type { RawDriver } from "./raw-driver.ts";
import { rawMixedLoad } from "./raw-mixed-load.ts";
import { SEARCH_WORDS } from "./names.ts";
import { mulberry32, type Random } from "./prng.ts";
import { round, type BenchRow } from "./report.ts";
import { median, percentile } from "./stats.ts";

/**
 * Signed-in clients using the dashboard at once: each of `clients` is a user of its own,
 * signed in through POST /api/session as a browser is (session cookie, CSRF token), half
 * of them cleared SECRET and half RESTRICTED. Each loops for `seconds`,
 * sending its next request as soon as the last one answered, drawn as 80% exploration
 * (neighbourhoods, search, node details), 15% canned queries and 5% writes (saving a
 * view: an audited write). With `outage`, Neo4j is stopped a third of the way in and
 * started again after `outage.downSeconds`; the run then checks what the issue asks:
 * only 503s while it was down, answers again afterwards without restarting the API, and
 * every acknowledged write still there.
 */
export interface MixedLoadOptions {
  api: ApiProcess;
  /** Entity ids, for the clients cleared SECRET; the RESTRICTED ones draw from `restrictedIds`. */
  ids: readonly string[];
  restrictedIds: readonly string[];
  size: number;
  clients: number;
  seconds: number;
  say: (line: string) => void;
  outage?: { stop: () => Promise<void>; start: () => Promise<void>; downSeconds: number };
  /**
   * Before measuring: each canned query once per clearance (the first run analyses the
   * whole visible graph; reported on its own row), then this long of the mix, not counted.
   */
  warmUpSeconds?: number;
  /**
   * Mean pause of a client between an answer and its next request (exponentially
   * distributed, as people's are); 0 or absent: none, so the clients saturate the API.
   */
  thinkMs?: number;
  /** With it, the saturating run gets a baseline: the same calls through the raw driver (raw-mixed-load.ts). */
  raw?: RawDriver;
}

export const MIX = { exploration: 0.8, cannedQuery: 0.15, write: 0.05 };
/** How long the load goes on after Neo4j is back. */
const RECOVERY_SECONDS = 30;
/** Canned queries cheap enough to run at load on a big graph; each answer is cached per graph version. */
const CANNED = ["single-thread-partners", "dissemination-without-liaison", "threat-coverage"];

type CallKind = "neighbourhood" | "search" | "node" | "canned query" | "write";

/** One request of the mix; `input` is what it is about (an id, a word, a query or a view's name). */
export interface MixedCall {
  kind: CallKind;
  input: string;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

export function nextCall(random: Random, ids: readonly string[], view: string): MixedCall {
  const draw = random.next();
  if (draw < MIX.write) {
    return { kind: "write", input: view, method: "POST", path: "/api/views", body: { name: view, url: "?kinds=Service", shared: false } };
  }
  if (draw < MIX.write + MIX.cannedQuery) {
    const query = random.pick(CANNED);
    return { kind: "canned query", input: query, method: "POST", path: `/api/queries/${query}/run`, body: { params: {} } };
  }
  const id = random.pick(ids);
  const explore = random.next();
  if (explore < 0.4) return { kind: "neighbourhood", input: id, method: "GET", path: `/api/nodes/${encodeURIComponent(id)}/neighbourhood?depth=1` };
  if (explore < 0.7) {
    const word = random.pick(SEARCH_WORDS);
    return { kind: "search", input: word, method: "GET", path: `/api/search?q=${encodeURIComponent(word)}` };
  }
  return { kind: "node", input: id, method: "GET", path: `/api/nodes/${encodeURIComponent(id)}` };
}

interface Outcome {
  at: number;
  ms: number;
  status: number;
  kind: CallKind;
}

interface SignedInClient {
  username: string;
  clearance: "SECRET" | "RESTRICTED";
  headers: Record<string, string>;
}

/** Creates `count` managers (they may save views) through the admin API and signs each in. */
async function signInClients(api: ApiProcess, count: number): Promise<SignedInClient[]> {
  const admin = { authorization: `Bearer ${api.token}`, "content-type": "application/json" };
  const prefix = `load-${randomBytes(3).toString("hex")}`;
  return Promise.all(Array.from({ length: count }, async (_, index) => {
    const username = `${prefix}-${index}`;
    const password = randomBytes(18).toString("base64url");
    const clearance = index % 2 === 0 ? "SECRET" as const : "RESTRICTED" as const;
    await expectOk(fetch(`${api.url}/api/users`, {
      method: "POST", headers: admin, body: JSON.stringify({ username, password, role: "manager", clearance }),
    }), `creating ${username}`);
    const response = await expectOk(fetch(`${api.url}/api/session`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password }),
    }), `signing in ${username}`);
    const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { username, clearance, headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" } };
  }));
}

async function expectOk(pending: Promise<Response>, what: string): Promise<Response> {
  const response = await pending;
  if (!response.ok) throw new Error(`mixed load: ${what} answered ${response.status}: ${await response.text()}`);
  return response;
}

export async function benchMixedLoad(options: MixedLoadOptions): Promise<BenchRow[]> {
  const { api, clients } = options;
  const users = await signInClients(api, clients);
  // The views this run saves are told apart from earlier runs' by this prefix.
  const run = `bench ${Date.now().toString(36)}`;
  const rows: BenchRow[] = [];
  if (options.warmUpSeconds) {
    rows.push(await coldCannedQueries(users, options));
    await driveLoad(users, `warm-up ${run}`, { ...options, seconds: options.warmUpSeconds, outage: undefined });
  }
  const { outcomes, window, elapsed } = await driveLoad(users, run, options);
  const ok = outcomes.filter((outcome) => outcome.status >= 200 && outcome.status < 300);
  const failed = outcomes.length - ok.length;
  const latencies = ok.map((outcome) => outcome.ms);
  const who = options.thinkMs ? `${clients} clients pausing ${options.thinkMs / 1000} s on average` : `${clients} clients`;
  const label = window ? `mixed load, Neo4j restarted (${who})` : `mixed load (${who})`;
  options.say(`[${options.size}] ${label}: ${outcomes.length} requests, ${failed} failed ` +
    `(${((100 * failed) / Math.max(1, outcomes.length)).toFixed(2)}%), statuses ${describeStatuses(outcomes)}`);
  options.say(`[${options.size}] ${label}, successful answers by kind: ${describeKinds(ok)}`);
  if (window) await checkOutage(outcomes, window, { run, users, options });
  const apiMedian = median(latencies);
  const apiThroughput = ok.length / elapsed;
  // The baseline only where it means something: the saturating run without an outage.
  const baseline = options.raw && !window && !options.thinkMs ? await rawBaseline(options) : null;
  return [
    ...rows,
    {
      name: label, size: options.size, unit: "ms", median: round(apiMedian), p95: round(percentile(latencies, 95)),
      baseline: baseline && round(baseline.median), ratio: baseline && round(apiMedian / baseline.median),
    },
    {
      name: `${label} throughput`, size: options.size, unit: "req/s", median: round(apiThroughput), p95: null,
      baseline: baseline && round(baseline.throughput), ratio: baseline && round(apiThroughput / baseline.throughput),
    },
    { name: `${label} errors`, size: options.size, unit: "req/s", median: round(failed / elapsed), p95: null, baseline: null, ratio: null },
  ];
}

/**
 * Every client loops until the deadline (with an outage, until a while after Neo4j is
 * back), sending its next request as soon as the last one answered.
 */
async function driveLoad(users: SignedInClient[], run: string, options: MixedLoadOptions) {
  const { api, seconds } = options;
  const outcomes: Outcome[] = [];
  const started = performance.now();
  // With an outage the load goes on until a while after Neo4j is back, to see the recovery.
  let deadline = started + seconds * 1000;
  const client = async (index: number) => {
    const { headers, clearance } = users[index]!;
    // A hidden entity answers 404, as a missing one: each client asks for ones it may see.
    const ids = clearance === "SECRET" ? options.ids : options.restrictedIds;
    const random = mulberry32(1000 + index);
    for (let n = 0; performance.now() < deadline; n += 1) {
      const call = nextCall(random, ids, `${run} ${index}-${n}`);
      const begun = performance.now();
      let status = 0;
      let retryAfterMs = 0;
      try {
        const response = await fetch(api.url + call.path, {
          method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body),
          signal: AbortSignal.timeout(60_000),
        });
        await response.arrayBuffer();
        status = response.status;
        // As the dashboard would: after a 503 or 429, wait as told (at most 5 s) before the next request.
        if (status === 503 || status === 429) retryAfterMs = Math.min(5, Number(response.headers.get("retry-after") ?? 1) || 1) * 1000;
      } catch {
        // A refused connection would spin; a real client waits a little before retrying.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const ended = performance.now();
      if (ended <= deadline) outcomes.push({ at: (begun - started) / 1000, ms: ended - begun, status, kind: call.kind });
      if (retryAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
      if (options.thinkMs) await new Promise((resolve) => setTimeout(resolve, -options.thinkMs! * Math.log(1 - random.next())));
    }
  };
  let outage: Promise<{ downFrom: number; downTo: number }> | undefined;
  if (options.outage) {
    const { stop, start, downSeconds } = options.outage;
    outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
      const downFrom = (performance.now() - started) / 1000;
      options.say(`[${options.size}] mixed load: stopping Neo4j at ${downFrom.toFixed(1)} s`);
      await stop();
      await new Promise((resolve) => setTimeout(resolve, downSeconds * 1000));
      await start();
      const downTo = (performance.now() - started) / 1000;
      deadline = Math.max(deadline, performance.now() + RECOVERY_SECONDS * 1000);
      options.say(`[${options.size}] mixed load: Neo4j started again at ${downTo.toFixed(1)} s`);
      return { downFrom, downTo };
    })();
  }
  // Clients stop at the deadline; with an outage, not before it has been moved past the recovery.
  const window = outage ? (await Promise.all([outage, ...users.map((_, index) => client(index))]))[0] : undefined;
  if (!outage) await Promise.all(users.map((_, index) => client(index)));
  return { outcomes, window, elapsed: (deadline - started) / 1000 };
}


/**
 * Outside the outage (with a few seconds' grace for connections to be re-established)
 * everything succeeds; during it only 503s (or refused connections never happen: the API
 * stays up); the last seconds answer again; and every acknowledged view is stored.
 */
async function checkOutage(
  outcomes: Outcome[], window: { downFrom: number; downTo: number },
  { run, users, options }: { run: string; users: SignedInClient[]; options: MixedLoadOptions },
) {
  const GRACE = 15;
  const answeredAt = (outcome: Outcome) => outcome.at + outcome.ms / 1000;
  const problems: string[] = [];
  const unexpected = outcomes.filter((outcome) => outcome.status !== 503 && (outcome.status < 200 || outcome.status >= 300));
  if (unexpected.length > 0) problems.push(`${unexpected.length} answers other than 2xx or 503 (${describeStatuses(unexpected)})`);
  const outside = outcomes.filter((outcome) => outcome.status === 503
    && (answeredAt(outcome) < window.downFrom || answeredAt(outcome) > window.downTo + GRACE));
  if (outside.length > 0) problems.push(`${outside.length} 503s outside the outage`);
  const recovered = outcomes.some((outcome) => outcome.at > window.downTo && outcome.status >= 200 && outcome.status < 300)
    || await answersAgain(options.api);
  if (!recovered) problems.push("no answer after Neo4j came back");
  const acknowledged = outcomes.filter((outcome) => outcome.kind === "write" && outcome.status === 200).length;
  let stored = 0;
  for (const user of users) {
    const response = await expectOk(fetch(`${options.api.url}/api/views`, { headers: user.headers }), `listing ${user.username}'s views`);
    stored += ((await response.json()) as { views: { name: string }[] }).views.filter((view) => view.name.startsWith(`${run} `)).length;
  }
  if (stored < acknowledged) problems.push(`${acknowledged - stored} acknowledged writes lost (${stored} of ${acknowledged} stored)`);
  options.say(`[${options.size}] Neo4j restart: ${acknowledged} acknowledged writes, ${stored} saved views found; ` +
    (problems.length === 0 ? "only 503s while down, recovered without restarting the API, nothing lost" : problems.join("; ")));
  if (problems.length > 0) throw new Error(`Neo4j restart under load: ${problems.join("; ")}`);
}

/** On a loaded machine the window may end before a request begun after the restart returns: ask once more, for up to a minute. */
async function answersAgain(api: ApiProcess): Promise<boolean> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const response = await fetch(`${api.url}/api/search?q=service`, { headers: { authorization: `Bearer ${api.token}` } }).catch(() => undefined);
    if (response?.ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

/** The same clients and calls straight through the driver (see raw-mixed-load.ts), after a short warm-up. */
async function rawBaseline(options: MixedLoadOptions): Promise<{ median: number; throughput: number }> {
  const shared = { raw: options.raw!, ids: options.ids, restrictedIds: options.restrictedIds, clients: options.clients, nextCall };
  await rawMixedLoad({ ...shared, seconds: Math.min(10, options.seconds / 4) });
  const measured = await rawMixedLoad({ ...shared, seconds: options.seconds });
  options.say(`[${options.size}] mixed load through the raw driver: ${measured.latenciesMs.length} calls, ${measured.failures} failed, ` +
    `median ${Math.round(median(measured.latenciesMs))} ms, p95 ${Math.round(percentile(measured.latenciesMs, 95))} ms`);
  return { median: median(measured.latenciesMs), throughput: measured.latenciesMs.length / measured.seconds };
}

/** The first run of each canned query for a SECRET and a RESTRICTED user, one at a time: the cost of a cold answer. */
async function coldCannedQueries(users: SignedInClient[], options: MixedLoadOptions): Promise<BenchRow> {
  const times: number[] = [];
  for (const user of [users.find((one) => one.clearance === "SECRET")!, users.find((one) => one.clearance === "RESTRICTED")!]) {
    for (const query of CANNED) {
      const begun = performance.now();
      await expectOk(fetch(`${options.api.url}/api/queries/${query}/run`, {
        method: "POST", headers: user.headers, body: JSON.stringify({ params: {} }),
      }), `the first run of ${query}`);
      times.push(performance.now() - begun);
    }
  }
  options.say(`[${options.size}] first canned-query runs: ${times.map((ms) => `${Math.round(ms)} ms`).join(", ")}`);
  return { name: "canned query, first run (no load)", size: options.size, unit: "ms", median: round(median(times)), p95: round(Math.max(...times)), baseline: null, ratio: null };
}

function describeKinds(outcomes: Outcome[]): string {
  const kinds = new Map<CallKind, number[]>();
  for (const outcome of outcomes) {
    const times = kinds.get(outcome.kind) ?? [];
    times.push(outcome.ms);
    kinds.set(outcome.kind, times);
  }
  return [...kinds].map(([kind, ms]) => `${kind} ${ms.length}× median ${Math.round(median(ms))} ms, p95 ${Math.round(percentile(ms, 95))} ms`).join("; ");
}

function describeStatuses(outcomes: Outcome[]): string {
  const counts = new Map<number, number>();
  for (const outcome of outcomes) counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([status, count]) => `${status === 0 ? "no answer" : status}×${count}`).join(", ");
}
