/**
 * Just enough of a browser for a redirect-driven sign-in over fetch: cookies kept per
 * host and port (paths, expiry dates and SameSite are not modelled; a cleared cookie is
 * forgotten), redirects followed by hand so that every hop is seen.
 */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  /** The Cookie header for a URL, or undefined. */
  header(url: string): string | undefined {
    const jar = this.cookies.get(new URL(url).host);
    if (!jar || jar.size === 0) return undefined;
    return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(name);
  }

  take(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    this.cookies.set(host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute) || /^expires=Thu, 01 Jan 1970/i.test(attribute));
      if (value === "" || expired) jar.delete(name);
      else jar.set(name, value);
    }
  }
}

export interface Hop {
  url: string;
  status: number;
  location: string | null;
}

/**
 * Requests `url` with the jar's cookies and follows redirects (a 303 or a 302 after a POST
 * becomes a GET) until an answer that is not a redirect or `stop` says so; returns the
 * hops and the last response. `stop` sees each redirect's target before it is requested.
 */
export async function follow(
  jar: CookieJar, url: string, init: RequestInit = {}, stop: (target: URL) => boolean = () => false,
): Promise<{ hops: Hop[]; last: Response; next: URL | null }> {
  const hops: Hop[] = [];
  let current = url;
  let request = init;
  for (let count = 0; count < 20; count++) {
    const headers = new Headers(request.headers);
    const cookie = jar.header(current);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(current, { ...request, headers, redirect: "manual" });
    jar.take(current, response);
    const location = response.headers.get("location");
    hops.push({ url: current, status: response.status, location });
    if (response.status < 300 || response.status >= 400 || location === null) return { hops, last: response, next: null };
    await response.arrayBuffer();
    const target = new URL(location, current);
    if (stop(target)) return { hops, last: response, next: target };
    current = target.href;
    request = {};
  }
  throw new Error(`more than 20 redirects from ${url}`);
}
