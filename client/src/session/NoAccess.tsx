import { useTranslation } from "react-i18next";
import { useSignedInUser } from "./sessionStore";
import { useViewStore } from "../view/viewStore";

/** In place of a page the role may not open (a link from someone with a higher role). */
export function NoAccess() {
  const { t } = useTranslation("access");
  const user = useSignedInUser();
  const set = useViewStore((state) => state.set);
  return (
    <main className="data-page data-page--single" data-testid="no-access">
      <section className="data-section" aria-labelledby="no-access-heading">
        <h2 id="no-access-heading" className="data-section__heading">{t("noAccess.title")}</h2>
        <p className="data-section__intro">{t("noAccess.detail", { role: user ? t(`roles.${user.role}`) : "" })}</p>
        <button type="button" className="button button--primary" onClick={() => set({ page: "explore" })}>{t("noAccess.back")}</button>
      </section>
    </main>
  );
}
