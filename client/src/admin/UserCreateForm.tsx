import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CLASSIFICATIONS } from "../../../contract/markings.ts";
import { ROLES } from "../../../contract/roles.ts";
import { createUser } from "./adminApi";
import { parseCaveats, serverUserErrors, validateUserForm, type UserFormErrors, type UserFormValues } from "./userForm";
import { FormField } from "../ui/FormField";

const EMPTY: UserFormValues = { username: "", password: "", role: "analyst", clearance: "UNCLASSIFIED", caveats: "", mustChangePassword: true };

/** A new account: username, first password, role, clearance, caveats; errors by field. */
export function UserCreateForm({ onCreated }: { onCreated(username: string): void }) {
  const { t } = useTranslation("access");
  const [values, setValues] = useState<UserFormValues>(EMPTY);
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<UserFormValues>) => setValues((previous) => ({ ...previous, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateUserForm(values, t, { creating: true });
    setErrors(found);
    const first = (["username", "password", "caveats"] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`new-user-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const user = await createUser({ ...values, username: values.username.trim().toLowerCase(), caveats: parseCaveats(values.caveats) });
      setValues(EMPTY);
      onCreated(user.username);
    } catch (caught) {
      setErrors(serverUserErrors(caught, t, { creating: true }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="user-form" aria-labelledby="new-user-heading" onSubmit={(event) => void submit(event)} noValidate data-testid="new-user-form">
      <h3 id="new-user-heading" className="data-subheading">{t("users.create.heading")}</h3>
      <div className="user-form__grid">
        <FormField id="new-user-username" label={t("users.fields.username")} help={t("users.fields.usernameHelp")} error={errors.username}>
          {(props) => <input {...props} className="param-form__input" autoComplete="off" spellCheck={false} value={values.username} onChange={(event) => change({ username: event.target.value })} />}
        </FormField>
        <FormField id="new-user-password" label={t("users.fields.password")} help={t("password.policy")} error={errors.password}>
          {(props) => <input {...props} className="param-form__input" type="password" autoComplete="new-password" value={values.password} onChange={(event) => change({ password: event.target.value })} />}
        </FormField>
        <FormField id="new-user-role" label={t("users.fields.role")} error={errors.role}>
          {(props) => (
            <select {...props} className="param-form__input" value={values.role} onChange={(event) => change({ role: event.target.value as UserFormValues["role"] })}>
              {ROLES.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="new-user-clearance" label={t("users.fields.clearance")} error={errors.clearance}>
          {(props) => (
            <select {...props} className="param-form__input" value={values.clearance} onChange={(event) => change({ clearance: event.target.value as UserFormValues["clearance"] })}>
              {CLASSIFICATIONS.map((level) => <option key={level} value={level}>{t(`classifications.${level}`)}</option>)}
            </select>
          )}
        </FormField>
        <FormField id="new-user-caveats" label={t("users.fields.caveats")} help={t("users.fields.caveatsHelp")} error={errors.caveats}>
          {(props) => <input {...props} className="param-form__input" value={values.caveats} onChange={(event) => change({ caveats: event.target.value })} />}
        </FormField>
      </div>
      <label className="filter-panel__check user-form__check">
        <input type="checkbox" checked={values.mustChangePassword} onChange={(event) => change({ mustChangePassword: event.target.checked })} />
        {t("users.fields.mustChange")}
      </label>
      {errors.form && <p className="param-form__error" role="alert" data-testid="new-user-form-error">{errors.form}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t("users.create.submitting") : t("users.create.submit")}
      </button>
    </form>
  );
}
