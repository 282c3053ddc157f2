import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSessionStore } from "./sessionStore";
import {
  signOnFailureOf, singleSignOnUrl, withoutSignOnFailure,
} from "./signInOptions";
import { signInProblemText } from "./signInProblem";
import { useSignInOptions } from "./sessionApi";
import { SignInFrame } from "./SignInFrame";

/**
 * Username and password, and single sign-on when the server offers it; says why a sign-in
 * failed (also one that came back from the identity provider as `?signIn=<code>`), and
 * why the user is here (an ended session).
 */
export function SignInPage({ reason }: { reason: "none" | "expired" | "signedOut" }) {
  const { t } = useTranslation("access");
  const signIn = useSessionStore((store) => store.signIn);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const options = useSignInOptions();
  const singleSignOn = options.type === "loaded" ? options.data.oidc : null;
  const [signOnFailure] = useState(() => signOnFailureOf(window.location.search));

  useEffect(() => {
    if (signOnFailure) window.history.replaceState(null, "", withoutSignOnFailure(window.location));
  }, [signOnFailure]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t("signIn.required"));
      (username.trim() ? passwordInput : usernameInput).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      setError(signInProblemText(caught, t));
      setPassword("");
      passwordInput.current?.focus();
      setBusy(false);
    }
  };

  const notice = reason === "expired" ? t("signIn.expired") : reason === "signedOut" ? t("signIn.signedOut") : null;
  return (
    <SignInFrame heading={t("signIn.title")} testId="sign-in">
      {notice && <p className={`sign-in__notice${reason === "expired" ? " sign-in__notice--warning" : ""}`} role="status" data-testid="sign-in-notice">{notice}</p>}
      <p className="sign-in__intro">{t("signIn.intro")}</p>
      {signOnFailure && !error && (
        <p className="sign-in__error sign-in__sign-on-error" role="alert" data-testid="sign-on-error">{t(`signIn.signOn.${signOnFailure}`)}</p>
      )}
      <form className="sign-in__form" onSubmit={(event) => void submit(event)} noValidate>
        <label className="param-form__field">
          <span className="param-form__label">{t("signIn.username")}</span>
          <input
            ref={usernameInput} className="param-form__input" name="username" autoComplete="username" autoCapitalize="none"
            spellCheck={false} value={username} onChange={(event) => setUsername(event.target.value)}
            aria-invalid={error !== null && !username.trim() ? true : undefined}
            aria-describedby={error ? "sign-in-error" : undefined} autoFocus
          />
        </label>
        <label className="param-form__field">
          <span className="param-form__label">{t("signIn.password")}</span>
          <input
            ref={passwordInput} className="param-form__input" name="password" type="password" autoComplete="current-password"
            value={password} onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error !== null ? true : undefined} aria-describedby={error ? "sign-in-error" : undefined}
          />
        </label>
        {error && <p id="sign-in-error" className="sign-in__error" role="alert" data-testid="sign-in-error">{error}</p>}
        <button type="submit" className="button button--primary sign-in__submit" disabled={busy}>
          {busy ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </form>
      {singleSignOn && (
        <div className="sign-in__sso">
          <p className="sign-in__or">{t("signIn.or")}</p>
          <a className="button sign-in__sso-link" href={singleSignOnUrl(window.location)} data-testid="single-sign-on">
            {t("signIn.singleSignOn", { label: singleSignOn.label })}
          </a>
        </div>
      )}
    </SignInFrame>
  );
}
