import { useTranslation } from "react-i18next";
import { useSessionStore, useSignedInUser } from "./sessionStore";
import { markingText } from "./markings";
import { useClassificationName } from "./classificationNames";
import { useViewStore } from "../view/viewStore";

/** The header's account corner: who is signed in, with role and clearance; tokens; sign out. */
export function SessionMenu() {
  const { t } = useTranslation("access");
  const user = useSignedInUser();
  const signOut = useSessionStore((store) => store.signOut);
  const set = useViewStore((state) => state.set);
  const levelName = useClassificationName();
  if (!user) return null;
  const clearance = markingText({ classification: user.clearance, caveats: user.caveats }, levelName);
  return (
    <details className="export-menu session-menu" data-testid="session-menu">
      <summary className="button button--on-header" aria-label={t("menu.label", { username: user.username })}>
        <span className="session-menu__name">{user.username}</span>
        <span className="session-menu__role">{t(`roles.${user.role}`)}</span>
        <span className="session-menu__clearance">{levelName(user.clearance)}</span>
      </summary>
      <div className="export-menu__items session-menu__items">
        <dl className="session-menu__facts">
          <dt>{t("menu.role")}</dt>
          <dd data-testid="session-role">{t(`roles.${user.role}`)}</dd>
          <dt>{t("menu.clearance")}</dt>
          <dd data-testid="session-clearance">{clearance}</dd>
        </dl>
        <button type="button" className="button button--menu" onClick={() => set({ page: "account" })}>{t("menu.account")}</button>
        <button type="button" className="button button--menu" data-testid="sign-out" onClick={() => void signOut()}>{t("menu.signOut")}</button>
      </div>
    </details>
  );
}
