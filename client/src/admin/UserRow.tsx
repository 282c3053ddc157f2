import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CLASSIFICATIONS } from "../../../contract/markings.ts";
import { ROLES } from "../../../contract/roles.ts";
import { type User } from "../../../contract/access.ts";
import { deleteUser, unlockUser, updateUser } from "./adminApi";
import { passwordProblem } from "../session/passwordPolicy";
import { parseCaveats, serverUserErrors, validateUserForm, type UserFormErrors } from "./userForm";
import { FormField } from "../ui/FormField";

type Mode = "view" | "edit" | "reset" | "delete";

interface UserRowProps {
  user: User;
  isSelf: boolean;
  /** After a change: reload the list and announce it. */
  onChanged(message: string): void;
  formatTime(iso: string): string;
}

/** One account: its facts, and edit, reset password, disable/enable, delete (confirmed) in place. */
export function UserRow({ user, isSelf, onChanged, formatTime }: UserRowProps) {
  const { t } = useTranslation("access");
  const [mode, setMode] = useState<Mode>("view");
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [busy, setBusy] = useState(false);
  const [edit, setEdit] = useState({ role: user.role, clearance: user.clearance, caveats: user.caveats.join(", ") });
  const [reset, setReset] = useState({ password: "", mustChangePassword: true });
  const id = `user-${user.username.replace(/[^a-z0-9_-]/g, "_")}`;

  const open = (next: Mode) => {
    setErrors({});
    setEdit({ role: user.role, clearance: user.clearance, caveats: user.caveats.join(", ") });
    setReset({ password: "", mustChangePassword: true });
    setMode(next);
  };

  const send = async (body: Record<string, unknown> | undefined, message: string, method: "PUT" | "DELETE" = "PUT") => {
    setBusy(true);
    try {
      await (method === "PUT" ? updateUser(user.username, body ?? {}) : deleteUser(user.username));
      setMode("view");
      onChanged(message);
    } catch (caught) {
      setErrors(serverUserErrors(caught, t, { creating: false }));
    } finally {
      setBusy(false);
    }
  };

  /** Forgets the account's failed sign-ins from every address: its owner is no longer refused anywhere. */
  const unlock = async () => {
    setBusy(true);
    try {
      const { unlockedAddresses } = await unlockUser(user.username);
      onChanged(t("users.unlocked", { username: user.username, count: unlockedAddresses }));
    } catch (caught) {
      const problem = serverUserErrors(caught, t, { creating: false });
      onChanged(problem.form ?? Object.values(problem).join(" "));
    } finally {
      setBusy(false);
    }
  };

  const saveEdit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateUserForm({ caveats: edit.caveats }, t, { creating: false });
    setErrors(found);
    if (Object.keys(found).length) return;
    void send({ role: edit.role, clearance: edit.clearance, caveats: parseCaveats(edit.caveats) }, t("users.saved", { username: user.username }));
  };

  const saveReset = (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(reset.password);
    const found: UserFormErrors = problem ? { password: t(problem) } : {};
    setErrors(found);
    if (found.password) {
      document.getElementById(`${id}-password`)?.focus();
      return;
    }
    void send(reset, t("users.passwordReset", { username: user.username }));
  };

  return (
    <>
      <tr data-username={user.username}>
        <th scope="row">{user.username}{isSelf && <span className="data-table__unit"> {t("users.you")}</span>}</th>
        <td>{t(`roles.${user.role}`)}</td>
        <td>{t(`classifications.${user.clearance}`)}</td>
        <td>{user.caveats.length ? user.caveats.join(", ") : <span className="data-table__unit">{t("users.none")}</span>}</td>
        <td>
          <span className={`user-status user-status--${user.disabled ? "disabled" : "enabled"}`}>{user.disabled ? t("users.disabled") : t("users.enabled")}</span>
          {user.mustChangePassword && <span className="data-table__unit"> · {t("users.mustChange")}</span>}
        </td>
        <td>{formatTime(user.updatedAt)}</td>
        <td>
          <div className="user-actions">
            <button type="button" className="button" onClick={() => open(mode === "edit" ? "view" : "edit")} aria-expanded={mode === "edit"} aria-label={`${t("users.edit")} ${user.username}`}>{t("users.edit")}</button>
            <button type="button" className="button" onClick={() => open(mode === "reset" ? "view" : "reset")} aria-expanded={mode === "reset"} aria-label={`${t("users.resetPassword")} ${user.username}`}>{t("users.resetPassword")}</button>
            <button type="button" className="button" disabled={busy || isSelf} onClick={() => void send({ disabled: !user.disabled }, t("users.saved", { username: user.username }))} aria-label={`${user.disabled ? t("users.enable") : t("users.disable")} ${user.username}`}>
              {user.disabled ? t("users.enable") : t("users.disable")}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void unlock()} aria-label={`${t("users.unlock")} ${user.username}`}>{t("users.unlock")}</button>
            <button type="button" className="button button--danger" disabled={isSelf} onClick={() => open("delete")} aria-label={`${t("users.delete")} ${user.username}`}>{t("users.delete")}</button>
          </div>
        </td>
      </tr>
      {mode !== "view" && (
        <tr className="user-row__panel">
          <td colSpan={7}>
            {mode === "edit" && (
              <form className="user-form user-form--inline" onSubmit={saveEdit} noValidate aria-label={t("users.editHeading", { username: user.username })}>
                <FormField id={`${id}-role`} label={t("users.fields.role")} error={errors.role}>
                  {(props) => (
                    <select {...props} className="param-form__input" value={edit.role} onChange={(event) => setEdit({ ...edit, role: event.target.value as User["role"] })}>
                      {ROLES.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
                    </select>
                  )}
                </FormField>
                <FormField id={`${id}-clearance`} label={t("users.fields.clearance")} error={errors.clearance}>
                  {(props) => (
                    <select {...props} className="param-form__input" value={edit.clearance} onChange={(event) => setEdit({ ...edit, clearance: event.target.value as User["clearance"] })}>
                      {CLASSIFICATIONS.map((level) => <option key={level} value={level}>{t(`classifications.${level}`)}</option>)}
                    </select>
                  )}
                </FormField>
                <FormField id={`${id}-caveats`} label={t("users.fields.caveats")} help={t("users.fields.caveatsHelp")} error={errors.caveats}>
                  {(props) => <input {...props} className="param-form__input" value={edit.caveats} onChange={(event) => setEdit({ ...edit, caveats: event.target.value })} />}
                </FormField>
                <div className="user-form__buttons">
                  <button type="submit" className="button button--primary" disabled={busy}>{busy ? t("users.saving") : t("users.save")}</button>
                  <button type="button" className="button" onClick={() => setMode("view")}>{t("users.cancel")}</button>
                </div>
              </form>
            )}
            {mode === "reset" && (
              <form className="user-form user-form--inline" onSubmit={saveReset} noValidate aria-label={t("users.resetHeading", { username: user.username })}>
                <FormField id={`${id}-password`} label={t("users.resetHeading", { username: user.username })} help={t("password.policy")} error={errors.password}>
                  {(props) => <input {...props} className="param-form__input" type="password" autoComplete="new-password" value={reset.password} onChange={(event) => setReset({ ...reset, password: event.target.value })} />}
                </FormField>
                <label className="filter-panel__check">
                  <input type="checkbox" checked={reset.mustChangePassword} onChange={(event) => setReset({ ...reset, mustChangePassword: event.target.checked })} />
                  {t("users.fields.mustChange")}
                </label>
                <div className="user-form__buttons">
                  <button type="submit" className="button button--primary" disabled={busy}>{t("users.reset")}</button>
                  <button type="button" className="button" onClick={() => setMode("view")}>{t("users.cancel")}</button>
                </div>
              </form>
            )}
            {mode === "delete" && (
              <div className="user-confirm" role="group" aria-labelledby={`${id}-confirm`}>
                <p id={`${id}-confirm`}>{t("users.confirmDelete", { username: user.username })}</p>
                <div className="user-form__buttons">
                  <button type="button" className="button button--danger-solid" autoFocus disabled={busy}
                    onClick={() => void send(undefined, t("users.deleted", { username: user.username }), "DELETE")}>
                    {t("users.confirmDeleteButton", { username: user.username })}
                  </button>
                  <button type="button" className="button" onClick={() => setMode("view")}>{t("users.cancel")}</button>
                </div>
              </div>
            )}
            {errors.form && <p className="param-form__error" role="alert">{errors.form}</p>}
          </td>
        </tr>
      )}
    </>
  );
}
