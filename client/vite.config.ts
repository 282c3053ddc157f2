import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Resolved from this file, not from the working directory, so that
// `npx vite build --config client/vite.config.ts` works from the repository root.
const clientRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // Cytoscape (~430 kB), React, i18next, the layouts and the wire contract's schemas make
    // one ~1.23 MB chunk; the warning should fire only if that grows further.
    chunkSizeWarningLimit: 1300,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
    },
  },
});
