// `npm test`'s pretest step: the browser tests need Debian's Chromium (and a font for its text),
// and the import tests read files that networkx and igraph write themselves (Debian's
// python3-networkx and python3-igraph, for Debian's /usr/bin/python3: a pyenv or venv python
// earlier on the PATH would not see them). On a fresh machine of the project's kind none is
// installed, so this installs them through apt when it may (root, or password-less sudo), and
// otherwise says exactly what to install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const fontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

const missing: string[] = [];
if (!existsSync(chromium)) missing.push("chromium");
if (!existsSync(fontFile) && !process.env.CHROMIUM_PATH) missing.push("fonts-dejavu-core");
const hasPython = (module: string) => spawnSync("/usr/bin/python3", ["-c", `import ${module}`], { stdio: "ignore" }).status === 0;
if (!hasPython("networkx")) missing.push("python3-networkx");
if (!hasPython("igraph")) missing.push("python3-igraph");
if (missing.length === 0) process.exit(0);

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const sudo = !isRoot && has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;

if (!has("apt-get") || (!isRoot && !sudo) || process.env.CHROMIUM_PATH) {
  console.error(
    `The tests need ${missing.join(" and ")}, which this machine lacks (looked for ${chromium}).\n` +
      `Install Debian's packages: apt-get install --no-install-recommends ${missing.join(" ")}\n` +
      "or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}

console.error(`Installing what the tests need: ${missing.join(", ")} (apt-get)…`);
const run = (args: string[]) => execFileSync(sudo ? "sudo" : args[0]!, sudo ? args : args.slice(1), {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});
run(["apt-get", "update", "-qq"]);
run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing]);
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
