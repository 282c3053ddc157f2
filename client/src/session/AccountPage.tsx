import { AccessTokens } from "./AccessTokens";

/** The signed-in user's own page: access tokens for scripts and the CLI. */
export function AccountPage() {
  return (
    <main className="data-page data-page--single" data-testid="account-page">
      <AccessTokens />
    </main>
  );
}
