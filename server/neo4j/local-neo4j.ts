import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import getPort from "get-port";
import type { Logger } from "pino";

/**
 * Starts Neo4j Community embedded in the small Java launcher under server/neo4j-local/,
 * for the mode where NEO4J_URI is unset. Maven resolves its jars from Maven Central on
 * first use; later starts reuse the compiled launcher and Maven's local repository.
 */
const launcherDir = fileURLToPath(new URL("./../neo4j-local/", import.meta.url));
const classpathFile = path.join(launcherDir, "target", "classpath.txt");
const launcherSources = [
  path.join(launcherDir, "pom.xml"),
  path.join(launcherDir, "src/main/java/be/cooperation/neo4jlocal/Launcher.java"),
];
const MAIN_CLASS = "be.cooperation.neo4jlocal.Launcher";

export class LocalNeo4jError extends Error {
  override readonly name = "LocalNeo4jError";
}

export interface LocalNeo4jOptions {
  /** Folder of this instance's store; created when missing. */
  home: string;
  heap: string;
  pageCacheMb: number;
  startTimeoutMs: number;
  /** A fixed Bolt port; by default a free loopback port is picked. */
  boltPort?: number;
  logger: Logger;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Stops Neo4j cleanly (it checkpoints and releases its store lock). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { logger } = options;
  checkJava();
  await buildLauncher(logger);
  mkdirSync(options.home, { recursive: true });
  const password = readOrCreatePassword(options.home);
  const port = options.boltPort ?? (await getPort({ host: "127.0.0.1" }));
  const classpath = `${path.join(launcherDir, "target", "classes")}${path.delimiter}${readFileSync(classpathFile, "utf8").trim()}`;

  logger.info({ home: options.home, port }, "starting local Neo4j");
  const child = spawn(
    "java",
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "-cp",
      classpath,
      MAIN_CLASS,
      options.home,
      String(port),
      String(options.pageCacheMb),
    ],
    {
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: password, CLASSPATH: "" },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const stderrTail: string[] = [];
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  await waitUntilReady(child, { ...options, port, stderrTail });
  logger.info({ port, pid: child.pid }, "local Neo4j is ready");

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: "neo4j",
    password,
    pid: child.pid ?? -1,
    stop: () => (stopping ??= stopChild(child, logger)),
  };
}

function checkJava(): void {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error) {
    throw new LocalNeo4jError(
      "Java is not installed, and the local Neo4j needs Java 17 or newer. Install a JDK " +
        "(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to an existing Neo4j 5 server.",
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr ?? "")?.[1];
  if (version !== undefined && Number(version) < 17) {
    throw new LocalNeo4jError(
      `Java ${version} was found; the local Neo4j needs Java 17 or newer. Install a newer JDK or set NEO4J_URI.`,
    );
  }
}

function launcherIsStale(): boolean {
  if (!existsSync(classpathFile)) return true;
  const built = statSync(classpathFile).mtimeMs;
  return launcherSources.some((file) => statSync(file).mtimeMs > built);
}

/** Compiles the launcher and resolves its jars, reporting Maven's downloads as progress. */
async function buildLauncher(logger: Logger): Promise<void> {
  if (!launcherIsStale()) return;
  const probe = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (probe.error) {
    throw new LocalNeo4jError(
      "Maven is not installed, and it is needed once to fetch the local Neo4j from Maven Central. " +
        "Install it (Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to an existing Neo4j 5 server.",
    );
  }
  logger.info("resolving Neo4j Community jars with Maven (first start only; this can take a few minutes)");
  const maven = spawn(
    "mvn",
    ["-B", "-ntp", "-Dorg.slf4j.simpleLogger.showDateTime=false", "compile", "dependency:build-classpath",
      `-Dmdep.outputFile=${classpathFile}`],
    { cwd: launcherDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  const tail: string[] = [];
  let resolved = 0;
  const lines = createInterface({ input: maven.stdout });
  lines.on("line", (line) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (/Downloaded from|Resolving|Copying/.test(line)) resolved += 1;
    if (/Downloaded from/.test(line) && resolved % 25 === 0) {
      logger.info({ files: resolved }, "still resolving Neo4j jars");
    }
  });
  const progress = setInterval(() => logger.info({ files: resolved }, "resolving Neo4j jars"), 10_000);
  const code = await new Promise<number | null>((resolve) => maven.on("close", resolve));
  clearInterval(progress);
  if (code !== 0) {
    throw new LocalNeo4jError(
      `Maven could not build the local Neo4j launcher (exit ${code}). Is Maven Central reachable? ` +
        `Last lines:\n${tail.slice(-12).join("\n")}`,
    );
  }
  logger.info("Neo4j launcher built");
}

function readOrCreatePassword(home: string): string {
  const file = path.join(home, ".bolt-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

interface ReadyWait extends LocalNeo4jOptions {
  port: number;
  stderrTail: string[];
}

function waitUntilReady(child: ChildProcess, wait: ReadyWait): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const fail = (message: string) => {
      clearTimeout(timer);
      clearInterval(heartbeat);
      child.kill("SIGKILL");
      reject(new LocalNeo4jError(message));
    };
    const timer = setTimeout(
      () => fail(`The local Neo4j did not answer within ${wait.startTimeoutMs / 1000} s. ` +
        `Raise NEO4J_START_TIMEOUT_S, or look at ${path.join(wait.home, "logs")}.`),
      wait.startTimeoutMs,
    );
    const heartbeat = setInterval(
      () => wait.logger.info({ seconds: Math.round((Date.now() - started) / 1000) }, "waiting for the local Neo4j"),
      10_000,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith("NEO4J_READY")) {
        clearTimeout(timer);
        clearInterval(heartbeat);
        resolve();
      } else if (line.startsWith("NEO4J_ERROR")) {
        fail(explainLauncherError(line, wait));
      }
    });
    child.once("error", (error) => fail(`The local Neo4j could not be started: ${error.message}`));
    child.once("exit", (code) =>
      fail(`The local Neo4j exited (code ${code}) before it was ready.\n${wait.stderrTail.join("").slice(-2000)}`));
  });
}

function explainLauncherError(line: string, wait: ReadyWait): string {
  const code = /code=(\S+)/.exec(line)?.[1];
  const detail = /message=(.*)$/.exec(line)?.[1] ?? "";
  switch (code) {
    case "DATA_LOCKED":
      return `The local Neo4j data folder ${wait.home} is in use by another Neo4j process. ` +
        "Stop the other server (or the other `npm start`), or point DATA_DIR elsewhere.";
    case "PORT_IN_USE":
      return `Port ${wait.port} on 127.0.0.1 is busy, so the local Neo4j cannot listen on it. ` +
        "Free the port or choose another with NEO4J_LOCAL_BOLT_PORT (or leave it unset to pick a free one).";
    default:
      return `The local Neo4j failed to start: ${detail}`;
  }
}

function stopChild(child: ChildProcess, logger: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", () => {
      clearTimeout(force);
      logger.info("local Neo4j stopped");
      resolve();
    });
    child.stdin?.end();
    child.kill("SIGTERM");
  });
}
