import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { toProblem } from "../api/fetchJson";
import { passwordProblem } from "./passwordPolicy";
import { useSessionStore } from "./sessionStore";
import { signInProblemText } from "./signInProblem";
import { SignInFrame } from "./SignInFrame";

type Field = "current" | "new" | "confirm";

/** A one-time password must be replaced before anything else: current, new twice, the policy shown. */
export function ChangePasswordPage() {
  const { t } = useTranslation("access");
  const changePassword = useSessionStore((store) => store.changePassword);
  const signOut = useSessionStore((store) => store.signOut);
  const [values, setValues] = useState<Record<Field, string>>({ current: "", new: "", confirm: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.current) found.current = t("password.wrongCurrent");
    const problem = passwordProblem(values.new);
    if (problem) found.new = t(problem);
    else if (values.new === values.current) found.new = t("password.same");
    if (!found.new && values.confirm !== values.new) found.confirm = t("password.mismatch");
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    const first = (["current", "new", "confirm"] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await changePassword(values.current, values.new);
    } catch (caught) {
      const problem = toProblem(caught);
      setErrors(problem.status === 401 ? { current: t("password.wrongCurrent") }
        : problem.status === 400 ? { new: problem.detail ?? problem.title }
        : { current: signInProblemText(caught, t) });
      setBusy(false);
    }
  };

  const field = (name: Field, label: string, autoComplete: string) => (
    <div className="param-form__field">
      <label className="param-form__label" htmlFor={`password-${name}`}>{label}</label>
      <input
        id={`password-${name}`} className="param-form__input" type="password" autoComplete={autoComplete}
        value={values[name]} onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[name === "new" ? "password-policy" : "", errors[name] ? `password-${name}-error` : ""].filter(Boolean).join(" ") || undefined}
      />
      {name === "new" && <p id="password-policy" className="param-form__help">{t("password.policy")}</p>}
      {errors[name] && <p id={`password-${name}-error`} className="param-form__error" data-testid={`password-${name}-error`}>{errors[name]}</p>}
    </div>
  );

  return (
    <SignInFrame heading={t("password.title")} testId="change-password">
      <p className="sign-in__intro">{t("password.intro")}</p>
      <form className="sign-in__form" onSubmit={(event) => void submit(event)} noValidate>
        {field("current", t("password.current"), "current-password")}
        {field("new", t("password.new"), "new-password")}
        {field("confirm", t("password.confirm"), "new-password")}
        <div className="sign-in__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t("password.submitting") : t("password.submit")}
          </button>
          <button type="button" className="button" onClick={() => void signOut()}>{t("menu.signOut")}</button>
        </div>
      </form>
    </SignInFrame>
  );
}
