import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { connectSessionToApi, useSessionStore } from "./sessionStore";
import { ChangePasswordPage } from "./ChangePasswordPage";
import { SignInPage } from "./SignInPage";

/**
 * Only signed-in users get in: the dashboard (`children`) renders for a signed-in user
 * whose password is their own; otherwise the sign-in page or the change-password form.
 * The URL is left alone throughout, so the view comes back after signing in.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation("access");
  const state = useSessionStore((store) => store.state);
  const check = useSessionStore((store) => store.check);

  useEffect(() => {
    const disconnect = connectSessionToApi();
    void check();
    return disconnect;
  }, [check]);

  switch (state.type) {
    case "checking":
      return <p className="session-checking" role="status">{t("checking")}</p>;
    case "unreachable":
      return (
        <main className="sign-in" data-testid="session-unreachable">
          <div className="sign-in__card" role="alert">
            <h1 className="sign-in__title">{t("unreachable.title")}</h1>
            <p>{state.problem.detail ?? state.problem.title}</p>
            <button type="button" className="button button--primary" onClick={() => void check()}>{t("unreachable.retry")}</button>
          </div>
        </main>
      );
    case "signedOut":
      return <SignInPage reason={state.reason} />;
    case "signedIn":
      return state.session.user.mustChangePassword ? <ChangePasswordPage /> : <>{children}</>;
  }
}
