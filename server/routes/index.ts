import type { RouteSpec } from "../http/route.ts";
import { auditRoutes } from "./audit/routes.ts";
import type { RouteContext } from "./context.ts";
import { dataQualityRoutes } from "./data-quality/routes.ts";
import { exportRoutes } from "./export/routes.ts";
import { graphRoutes } from "./graph/routes.ts";
import { healthRoutes } from "./health/routes.ts";
import { inspectRoutes } from "./imports/inspect-route.ts";
import { importRoutes } from "./imports/routes.ts";
import { mappingRoutes } from "./mappings/routes.ts";
import { markingRoutes } from "./markings/routes.ts";
import { modelRoutes } from "./model/routes.ts";
import { nodeRoutes } from "./nodes/routes.ts";
import { oidcRoutes } from "./oidc/routes.ts";
import { pathRoutes } from "./paths/routes.ts";
import { queryRoutes } from "./queries/routes.ts";
import { searchRoutes } from "./search/routes.ts";
import { sessionRoutes } from "./session/routes.ts";
import { sourceRoutes } from "./sources/routes.ts";
import { tokenRoutes } from "./tokens/routes.ts";
import { userRoutes } from "./users/routes.ts";
import { viewRoutes } from "./views/routes.ts";
import { whatIfRoutes } from "./what-if/routes.ts";

/** Every API route; the OpenAPI document and the access-matrix test are built from this list. */
export function createRoutes(context: RouteContext): RouteSpec[] {
  return [
    ...healthRoutes(context),
    ...modelRoutes(context),
    ...graphRoutes(context),
    ...nodeRoutes(context),
    ...searchRoutes(context),
    ...pathRoutes(context),
    ...queryRoutes(context),
    ...whatIfRoutes(context),
    ...importRoutes(context),
    ...sourceRoutes(context),
    ...inspectRoutes(context),
    ...mappingRoutes(context),
    ...exportRoutes(context),
    ...dataQualityRoutes(context),
    ...markingRoutes(context),
    ...viewRoutes(context),
    ...sessionRoutes(context.access),
    ...oidcRoutes(context.access, context.oidc),
    ...userRoutes(context.access),
    ...tokenRoutes(context.access),
    ...auditRoutes(context.access),
  ];
}
