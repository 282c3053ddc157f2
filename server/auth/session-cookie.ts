import { parseCookie, stringifySetCookie } from "cookie";
import type { Request, Response } from "express";

export const SESSION_COOKIE = "cnd_session";

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Strict (other sites'
 * pages never send it), Path=/, Secure whenever the request came over HTTPS (behind a
 * proxy, Express's `trust proxy` decides what counts as HTTPS). No Max-Age: the browser
 * forgets it when it closes; the server's time-outs end it anyway.
 */
export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.append("Set-Cookie", stringifySetCookie(SESSION_COOKIE, token, flags(req)));
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append("Set-Cookie", stringifySetCookie(SESSION_COOKIE, "", { ...flags(req), expires: new Date(0) }));
}

export function readSessionCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[SESSION_COOKIE] || undefined;
}

function flags(req: Request) {
  return { httpOnly: true, sameSite: "strict", path: "/", secure: req.secure } as const;
}
