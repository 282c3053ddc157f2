import { viewerFor } from "../../server/access/viewer.ts";
import { TEST_CAVEATS } from "./server.ts";

/** A viewer cleared for every level and every test caveat, for tests about something other than markings. */
export const CLEARED_VIEWER = viewerFor({ level: "SECRET", caveats: TEST_CAVEATS });
