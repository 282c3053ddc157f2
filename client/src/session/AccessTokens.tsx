import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { toProblem } from "../api/fetchJson";
import type { AccessToken } from "../../../contract/access.ts";
import { createAccessToken, revokeAccessToken, useAccessTokens } from "./sessionApi";
import { FormField } from "../ui/FormField";

const EXPIRIES = ["", "30", "90", "365"] as const;

/** Personal access tokens: create one (shown once, with a copy button), list them, revoke one. */
export function AccessTokens() {
  const { t, i18n } = useTranslation("access");
  const tokens = useAccessTokens();
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState<(typeof EXPIRIES)[number]>("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const when = (iso: string | null, none: string) => (iso ? format.format(new Date(iso)) : none);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t("tokens.nameRequired"));
      document.getElementById("token-name")?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await createAccessToken({ name: name.trim(), ...(expiry ? { expiresInDays: Number(expiry) } : {}) });
      setCreated({ name: answer.name, token: answer.token });
      setCopied(false);
      setName("");
      tokens.reload();
    } catch (caught) {
      const problem = toProblem(caught);
      setError(t("tokens.failed", { detail: problem.detail ?? problem.title }));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: AccessToken) => {
    try {
      await revokeAccessToken(token.id);
      setAnnouncement(t("tokens.revoked", { name: token.name }));
    } catch (caught) {
      const problem = toProblem(caught);
      setAnnouncement(t("tokens.failed", { detail: problem.detail ?? problem.title }));
    }
    setConfirming(null);
    tokens.reload();
  };

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard?.writeText(created.token).catch(() => undefined);
    setCopied(true);
  };

  return (
    <section className="data-section" aria-labelledby="tokens-heading" data-testid="access-tokens">
      <h2 id="tokens-heading" className="data-section__heading">{t("tokens.heading")}</h2>
      <p className="data-section__intro">{t("tokens.intro")}</p>
      {created ? (
        <div className="token-created" role="group" aria-labelledby="token-created-heading" data-testid="token-created">
          <h3 id="token-created-heading" className="data-subheading">{t("tokens.newHeading", { name: created.name })}</h3>
          <p className="token-created__warning">{t("tokens.newWarning")}</p>
          <div className="token-created__value">
            <label className="visually-hidden" htmlFor="token-value">{t("tokens.tokenLabel")}</label>
            <input id="token-value" className="param-form__input token-created__input" readOnly value={created.token} onFocus={(event) => event.target.select()} data-testid="token-value" />
            <button type="button" className="button button--primary" onClick={() => void copy()}>{copied ? t("tokens.copied") : t("tokens.copy")}</button>
            <button type="button" className="button" onClick={() => setCreated(null)}>{t("tokens.done")}</button>
          </div>
        </div>
      ) : (
        <form className="token-form" onSubmit={(event) => void create(event)} noValidate>
          <FormField id="token-name" label={t("tokens.name")} help={t("tokens.nameHelp")} error={error ?? undefined}>
            {(props) => <input {...props} className="param-form__input" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />}
          </FormField>
          <FormField id="token-expiry" label={t("tokens.expiry")}>
            {(props) => (
              <select {...props} className="param-form__input" value={expiry} onChange={(event) => setExpiry(event.target.value as (typeof EXPIRIES)[number])}>
                {EXPIRIES.map((days) => <option key={days} value={days}>{days ? t("tokens.days", { count: Number(days) }) : t("tokens.never")}</option>)}
              </select>
            )}
          </FormField>
          <button type="submit" className="button button--primary token-form__submit" disabled={busy}>{busy ? t("tokens.creating") : t("tokens.create")}</button>
        </form>
      )}
      <p className="access-announcement" role="status">{announcement}</p>
      {tokens.type === "loading" && <p className="data-empty">{t("tokens.loading")}</p>}
      {tokens.type === "error" && <p className="param-form__error" role="alert">{t("tokens.error", { detail: tokens.problem.detail ?? tokens.problem.title })}</p>}
      {tokens.type === "loaded" && tokens.data.tokens.length === 0 && <p className="data-empty">{t("tokens.empty")}</p>}
      {tokens.type === "loaded" && tokens.data.tokens.length > 0 && (
        <div className="data-scroll">
          <table className="data-table" data-testid="tokens-table">
            <caption>{t("tokens.caption")}</caption>
            <thead>
              <tr>{(["name", "created", "lastUsed", "expires", "actions"] as const).map((column) => <th key={column} scope="col">{t(`tokens.columns.${column}`)}</th>)}</tr>
            </thead>
            <tbody>
              {tokens.data.tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{when(token.createdAt, "")}</td>
                  <td>{when(token.lastUsedAt, t("tokens.neverUsed"))}</td>
                  <td>{when(token.expiresAt, t("tokens.noExpiry"))}</td>
                  <td>
                    {confirming === token.id ? (
                      <div role="group" aria-label={t("tokens.confirmRevoke", { name: token.name })} className="user-actions">
                        <span>{t("tokens.confirmRevoke", { name: token.name })}</span>
                        <button type="button" className="button button--danger-solid" autoFocus onClick={() => void revoke(token)}>{t("tokens.confirmRevokeButton", { name: token.name })}</button>
                        <button type="button" className="button" onClick={() => setConfirming(null)}>{t("users.cancel")}</button>
                      </div>
                    ) : (
                      <button type="button" className="button button--danger" onClick={() => setConfirming(token.id)} aria-label={`${t("tokens.revoke")} ${token.name}`}>{t("tokens.revoke")}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
