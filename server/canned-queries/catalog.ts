import type { GraphModel } from "../model/graph-model.ts";
import type { CannedQuery } from "./canned-query.ts";
import { assumptionSensitivity } from "./definitions/assumption-sensitivity.ts";
import { bodyCoverage } from "./definitions/body-coverage.ts";
import { brokers } from "./definitions/brokers.ts";
import { communitiesQuery } from "./definitions/communities.ts";
import { criticalLinks } from "./definitions/critical-links.ts";
import { dependentsOf } from "./definitions/dependents-of.ts";
import { disseminationWithoutLiaison } from "./definitions/dissemination-without-liaison.ts";
import { liaisonWithoutFlow } from "./definitions/liaison-without-flow.ts";
import { oneSidedProjects } from "./definitions/one-sided-projects.ts";
import { partnersOutsideBodies } from "./definitions/partners-outside-bodies.ts";
import { reciprocity } from "./definitions/reciprocity.ts";
import { redundancy } from "./definitions/redundancy.ts";
import { singlePointsOfFailure } from "./definitions/single-points-of-failure.ts";
import { singleSourceFacts } from "./definitions/single-source-facts.ts";
import { singleThreadPartners } from "./definitions/single-thread-partners.ts";
import { threatCoverage } from "./definitions/threat-coverage.ts";
import { undocumented } from "./definitions/undocumented.ts";
import { unmonitoredProjects } from "./definitions/unmonitored-projects.ts";

/** The canned-query catalog, in the order managers see it. */
export function createQueryCatalog(model: GraphModel): ReadonlyMap<string, CannedQuery> {
  const queries = [
    disseminationWithoutLiaison,
    liaisonWithoutFlow,
    reciprocity,
    singlePointsOfFailure(model),
    criticalLinks(model),
    singleThreadPartners,
    oneSidedProjects,
    unmonitoredProjects,
    threatCoverage,
    bodyCoverage,
    partnersOutsideBodies,
    brokers(model),
    redundancy(model),
    dependentsOf(model),
    undocumented,
    singleSourceFacts,
    communitiesQuery(model),
  ];
  queries.push(assumptionSensitivity(queries.map((query) => query.id)));
  return new Map(queries.map((query) => [query.id, query]));
}
