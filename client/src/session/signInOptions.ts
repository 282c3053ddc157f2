/** Where the single sign-on button leads: the server sends the browser on to the provider. */
export const SINGLE_SIGN_ON_URL = "/api/session/oidc";

/**
 * The button's address: back from the provider, the server sends the browser to
 * `returnTo`, the page (and view) the user was on, as a password sign-in keeps it.
 */
export function singleSignOnUrl(location: { pathname: string; search: string; hash: string }): string {
  const back = withoutSignOnFailure({ ...location, hash: "" });
  return back === "/" ? SINGLE_SIGN_ON_URL : `${SINGLE_SIGN_ON_URL}?returnTo=${encodeURIComponent(back)}`;
}

/**
 * Why a single sign-on came back without a session: the server sends the browser to
 * `/?signIn=<code>`. The codes are the server's (OIDC_FAILURES); an unknown one reads as
 * `failed`.
 */
export const SIGN_ON_FAILURES = ["state", "denied", "unavailable", "failed", "claim", "unknown", "disabled", "throttled"] as const;
export type SignOnFailure = (typeof SIGN_ON_FAILURES)[number];

const PARAM = "signIn";

export function signOnFailureOf(search: string): SignOnFailure | null {
  const code = new URLSearchParams(search).get(PARAM);
  if (code === null) return null;
  return (SIGN_ON_FAILURES as readonly string[]).includes(code) ? code as SignOnFailure : "failed";
}

/** The address without `signIn`, so that a reload does not say it again. */
export function withoutSignOnFailure(location: { pathname: string; search: string; hash: string }): string {
  const params = new URLSearchParams(location.search);
  params.delete(PARAM);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}${location.hash}`;
}
