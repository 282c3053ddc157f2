import { PageTabs } from "../ui/PageTabs";
import { PAGES } from "../view/viewState";
import { canOpenPage } from "./abilities";
import { useSignedInUser } from "./sessionStore";

/** Pages reached from the tabs; one's own access tokens are in the account menu. */
const TAB_PAGES = PAGES.filter((page) => page !== "account");

/** The header's page tabs: those the signed-in user's role may open. */
export function RolePageTabs() {
  const role = useSignedInUser()?.role;
  return <PageTabs pages={TAB_PAGES.filter((page) => canOpenPage(role, page))} />;
}
