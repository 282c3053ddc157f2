import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { SESSION_COOKIE } from "../../server/auth/session-cookie.ts";

export const artifactsDir = path.resolve("tests", "artifacts");

/**
 * Debian's Chromium driven by playwright-core. The flags keep it from calling home, which
 * this machine's closed network would refuse.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ],
  });
}

/**
 * The browser, signed in: every context (and page) it opens carries the session cookie
 * `cnd_session` for `url`, as if the user had signed in on the sign-in page.
 */
export function withSessionCookie(browser: Browser, url: string, sessionToken: string): Browser {
  const cookie = { name: SESSION_COOKIE, value: sessionToken, url, httpOnly: true, sameSite: "Strict" as const };
  const newContext: Browser["newContext"] = async (options) => {
    const context = await browser.newContext(options);
    await context.addCookies([cookie]);
    return context;
  };
  const newPage: Browser["newPage"] = async (options) => (await newContext(options)).newPage();
  return new Proxy(browser, {
    get(target, property) {
      if (property === "newContext") return newContext;
      if (property === "newPage") return newPage;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
