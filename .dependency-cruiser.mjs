/**
 * The server's layers, guarded: `npm run lint:layers`. A module may import from its own
 * floor or any floor below it, never from one above, and no import may close a cycle.
 *
 * Floors, ground floor first:
 *   1. ground     errors.ts (the error type), env.ts (the environment), logger.ts
 *   2. model      model/ (the graph model) and analytics/ (pure algorithms over graphology)
 *   3. access     access/: markings and who is reading
 *   4. neo4j      neo4j/: the driver, the Cypher catalog, conversions, the local Neo4j
 *   5. audit      audit/: the audit trail every domain records into
 *   6. domain     auth/, graph/, analytics-runtime/, canned-queries/, import/, export/,
 *                 views/, seed/: what the API does, knowing nothing of HTTP
 *   7. http       http/: mountRoute and defineRoute, OpenAPI, the problem handler
 *   8. routes     routes/: every API route, one folder per area
 *   9. app        app.ts, runtime.ts, client-build.ts: the process put together
 *  10. cli        cli/: the entry points
 *
 * Below every floor of both sides: contract/, the wire contract (zod schemas of the answers,
 * the marking, role and password rules), which imports nothing but zod.
 *
 * The client (client/src/) has two floors and a roof:
 *   1. shared      api/, i18n/, graph/, view/, ui/, testing/: what every feature uses
 *   2. features    explore/, details/, queries/, whatif/, data/, session/, admin/
 *   3. app         App.tsx and main.tsx: the screens put together
 * Features may use each other (a query result focuses an entity on the canvas), the shared
 * floor may use no feature. The client never imports server code, nor the server client code.
 */
const LAYERS = [
  { name: "ground", path: "^server/(errors|env|logger)\\.ts$" },
  { name: "model", path: "^server/(model|analytics)/" },
  { name: "access", path: "^server/access/" },
  { name: "neo4j", path: "^server/neo4j/" },
  { name: "audit", path: "^server/audit/" },
  { name: "domain", path: "^server/(auth|graph|analytics-runtime|canned-queries|import|export|views|seed)/" },
  { name: "http", path: "^server/http/" },
  { name: "routes", path: "^server/routes/" },
  { name: "app", path: "^server/(app|runtime|client-build)\\.ts$" },
  { name: "cli", path: "^server/cli/" },
];

const upwardImports = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-import-from-${layer.name}`,
  comment: `The ${layer.name} floor may not import from a floor above it (${LAYERS.slice(index + 1).map((above) => above.name).join(", ")}).`,
  severity: "error",
  from: { path: layer.path },
  to: { path: LAYERS.slice(index + 1).map((above) => above.path) },
}));

const CLIENT_SHARED = "^client/src/(api|i18n|graph|view|ui|testing)/";
const CLIENT_FEATURES = "^client/src/(explore|details|queries|whatif|data|session|admin)/";
const CLIENT_APP = "^client/src/(App|main)\\.tsx$";

const clientRules = [
  {
    name: "client-shared-below-features",
    comment: "The client's shared floor (api, i18n, graph, view, ui, testing) may not import a feature or the app.",
    severity: "error",
    from: { path: CLIENT_SHARED },
    to: { path: [CLIENT_FEATURES, CLIENT_APP] },
  },
  {
    name: "client-features-below-app",
    comment: "A feature may not import the app that puts the screens together.",
    severity: "error",
    from: { path: CLIENT_FEATURES },
    to: { path: CLIENT_APP },
  },
  {
    name: "client-in-a-floor",
    comment: "Every client module sits in a feature or the shared floor; a new top folder gets a place here first.",
    severity: "error",
    from: { path: "^client/src/", pathNot: [CLIENT_SHARED, CLIENT_FEATURES, CLIENT_APP].join("|") },
    to: {},
  },
  {
    name: "client-not-server-code",
    comment: "The client talks to the server over HTTP only; it may read the graph model's JSON in tests, no server code.",
    severity: "error",
    from: { path: "^client/" },
    to: { path: "^server/.*\\.(ts|mjs)$" },
  },
  {
    name: "server-not-client",
    comment: "The server knows nothing of the client's code.",
    severity: "error",
    from: { path: "^server/" },
    to: { path: "^client/" },
  },
];

const contractRules = [
  {
    name: "contract-pure",
    comment: "contract/ is the wire contract both sides import: zod and itself only, so the client can bundle it.",
    severity: "error",
    from: { path: "^contract/" },
    to: { pathNot: ["^contract/", "node_modules/zod/"] },
  },
];

export default {
  forbidden: [
    ...contractRules,
    ...clientRules,
    ...upwardImports,
    {
      name: "no-cycles",
      comment: "Modules that import each other cannot be read, tested or moved one at a time.",
      severity: "error",
      from: { path: "^(server|client)/" },
      to: { circular: true },
    },
    {
      name: "analytics-pure",
      comment: "Analytics are pure functions over a graphology graph: no database, no HTTP, no other server module.",
      severity: "error",
      from: { path: "^server/analytics/" },
      to: { path: ["^server/(?!analytics/)", "node_modules/(neo4j-driver|express)/"] },
    },
    {
      name: "server-in-a-floor",
      comment: "Every server module sits on one of the floors above; a new top folder gets a floor here first.",
      severity: "error",
      from: { path: "^server/", pathNot: ["^server/neo4j-local/", LAYERS.map((layer) => layer.path).join("|")] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^server/neo4j-local/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
