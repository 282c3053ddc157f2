import type { GraphModel } from "../model/graph-model.ts";
import type { CannedQuery } from "./canned-query.ts";
import { bodyCoverage } from "./queries/body-coverage.ts";
import { brokers } from "./queries/brokers.ts";
import { communitiesQuery } from "./queries/communities.ts";
import { criticalLinks } from "./queries/critical-links.ts";
import { dependentsOf } from "./queries/dependents-of.ts";
import { disseminationWithoutLiaison } from "./queries/dissemination-without-liaison.ts";
import { oneSidedProjects } from "./queries/one-sided-projects.ts";
import { redundancy } from "./queries/redundancy.ts";
import { singlePointsOfFailure } from "./queries/single-points-of-failure.ts";
import { singleThreadPartners } from "./queries/single-thread-partners.ts";
import { threatCoverage } from "./queries/threat-coverage.ts";
import { undocumented } from "./queries/undocumented.ts";
import { unmonitoredProjects } from "./queries/unmonitored-projects.ts";

/** The canned-query catalog, in the order managers see it. */
export function createQueryCatalog(model: GraphModel): ReadonlyMap<string, CannedQuery> {
  const queries = [
    disseminationWithoutLiaison,
    singlePointsOfFailure(model),
    criticalLinks(model),
    singleThreadPartners,
    oneSidedProjects,
    unmonitoredProjects,
    threatCoverage,
    bodyCoverage,
    brokers(model),
    redundancy(model),
    dependentsOf(model),
    undocumented,
    communitiesQuery(model),
  ];
  return new Map(queries.map((query) => [query.id, query]));
}
