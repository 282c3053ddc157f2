import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";

export const projectRoot = fileURLToPath(new URL("../", import.meta.url));
export const clientDir = path.join(projectRoot, "client");
export const clientDistDir = path.join(clientDir, "dist");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function clientBuildIsStale(): boolean {
  const built = path.join(clientDistDir, "index.html");
  if (!existsSync(built)) return true;
  const inputs = Math.max(newestSource(clientDir), statSync(path.join(projectRoot, "package-lock.json")).mtimeMs);
  return inputs > statSync(built).mtimeMs;
}

/** Builds the client with Vite when its build is missing or older than its sources. */
export async function buildClientIfStale(logger: Logger): Promise<void> {
  if (!clientBuildIsStale()) return;
  logger.info("building the client (its build is missing or stale)");
  const vite = path.join(projectRoot, "node_modules", ".bin", "vite");
  const child = spawn(vite, ["build", "--config", path.join(clientDir, "vite.config.ts"), "--logLevel", "warn"], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`The client build failed (vite exit ${code}); see the lines above.`);
  logger.info("client built");
}
